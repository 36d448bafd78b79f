package vn.dvc.portal.catalog;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public holiday: no deadline counts it as a working day. */
@Entity
@Table(name = "holiday")
class Holiday {

	@Id
	private LocalDate day;

	private String name;

	protected Holiday() {
	}

	Holiday(LocalDate day, String name) {
		this.day = day;
		this.name = name;
	}

	LocalDate day() {
		return this.day;
	}

	String name() {
		return this.name;
	}

}

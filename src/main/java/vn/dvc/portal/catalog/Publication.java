package vn.dvc.portal.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;

/**
 * A published list of the procedures eligible for online service (the province's decision with
 * its annexes 1A-3A and 1B-3B). Every publication is kept; the latest in force is the catalogue.
 */
@Entity
@Table(name = "publication")
class Publication {

	@Id
	private UUID id;

	private String decisionNumber;

	private LocalDate decisionDate;

	private LocalDate effectiveFrom;

	private Instant publishedAt;

	private String publishedBy;

	private UUID importId;

	protected Publication() {
	}

	Publication(String decisionNumber, LocalDate decisionDate, LocalDate effectiveFrom, String publishedBy,
			UUID importId, Instant now) {
		this.id = Ids.next();
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.effectiveFrom = effectiveFrom;
		this.publishedBy = publishedBy;
		this.importId = importId;
		this.publishedAt = now;
	}

	UUID id() {
		return this.id;
	}

	PublicationSummary summary(long procedures) {
		return new PublicationSummary(this.id, this.decisionNumber, this.decisionDate, this.effectiveFrom,
				this.publishedAt, this.publishedBy, procedures);
	}

}

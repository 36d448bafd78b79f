package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/** The letter of apology with a new return date that a late dossier's agency owes the citizen. */
@Entity
@Table(name = "apology_letter")
class ApologyLetter extends AssignedIdEntity {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Instant issuedAt;

	private String issuedByName;

	private String reason;

	private LocalDate newReturnDate;

	protected ApologyLetter() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	ApologyLetter(Dossier dossier, Actor officer, String reason, LocalDate newReturnDate, Instant now) {
		this.id = Ids.next();
		this.dossier = dossier;
		this.issuedAt = now;
		this.issuedByName = officer.name();
		this.reason = reason;
		this.newReturnDate = newReturnDate;
	}

	UUID id() {
		return this.id;
	}

	Instant issuedAt() {
		return this.issuedAt;
	}

	LocalDate newReturnDate() {
		return this.newReturnDate;
	}

	DossierView.Apology view() {
		return new DossierView.Apology(this.id, this.issuedAt, this.issuedByName, this.reason, this.newReturnDate);
	}

}

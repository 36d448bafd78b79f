package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/** A result document of the dossier, also filed in the owner's document store under its code. */
@Entity
@Table(name = "dossier_result")
class DossierResult extends AssignedIdEntity {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private UUID fileId;

	private UUID personalDocumentId;

	private String documentCode;

	private Instant addedAt;

	protected DossierResult() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	DossierResult(Dossier dossier, UUID fileId, UUID personalDocumentId, String documentCode, Instant addedAt) {
		this.id = Ids.next();
		this.dossier = dossier;
		this.fileId = fileId;
		this.personalDocumentId = personalDocumentId;
		this.documentCode = documentCode;
		this.addedAt = addedAt;
	}

	UUID id() {
		return this.id;
	}

	UUID fileId() {
		return this.fileId;
	}

	String documentCode() {
		return this.documentCode;
	}

	Instant addedAt() {
		return this.addedAt;
	}

}

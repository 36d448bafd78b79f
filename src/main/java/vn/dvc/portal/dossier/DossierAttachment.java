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

/** A file given for one of the procedure's document requirements. */
@Entity
@Table(name = "dossier_attachment")
class DossierAttachment extends AssignedIdEntity {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private UUID requirementId;

	/** The requirement's name when the file was given, kept even if the catalogue changes. */
	private String requirementName;

	private UUID fileId;

	private Instant addedAt;

	/** Set aside by an amendment: kept for the record, no longer part of the dossier. */
	private Instant supersededAt;

	/** Given in answer to the amendment request. */
	private boolean amendment;

	/** Picked from the citizen's document store: the file belongs to the store, not to the dossier. */
	private boolean fromStore;

	protected DossierAttachment() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	DossierAttachment(Dossier dossier, UUID requirementId, String requirementName, UUID fileId, Instant addedAt) {
		this.id = Ids.next();
		this.dossier = dossier;
		this.requirementId = requirementId;
		this.requirementName = requirementName;
		this.fileId = fileId;
		this.addedAt = addedAt;
	}

	void markShared() {
		this.fromStore = true;
	}

	boolean isShared() {
		return this.fromStore;
	}

	void markAmendment() {
		this.amendment = true;
	}

	void supersede(Instant now) {
		this.supersededAt = now;
	}

	boolean isSuperseded() {
		return this.supersededAt != null;
	}

	boolean isAmendment() {
		return this.amendment;
	}

	Instant supersededAt() {
		return this.supersededAt;
	}

	UUID id() {
		return this.id;
	}

	UUID requirementId() {
		return this.requirementId;
	}

	String requirementName() {
		return this.requirementName;
	}

	UUID fileId() {
		return this.fileId;
	}

	Instant addedAt() {
		return this.addedAt;
	}

}

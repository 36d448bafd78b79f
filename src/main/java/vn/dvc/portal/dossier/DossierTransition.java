package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/** One step of a dossier's history: who moved it from which state to which, when, and why. */
@Entity
@Table(name = "dossier_transition")
class DossierTransition extends AssignedIdEntity {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private Instant occurredAt;

	private UUID actorId;

	private String actorName;

	@Enumerated(EnumType.STRING)
	private DossierStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private DossierStatus toStatus;

	private String note;

	protected DossierTransition() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	DossierTransition(Dossier dossier, Instant occurredAt, Actor actor, DossierStatus from, DossierStatus to,
			String note) {
		this.id = Ids.next();
		this.dossier = dossier;
		this.occurredAt = occurredAt;
		this.actorId = (actor != null) ? actor.accountId() : null;
		this.actorName = (actor != null) ? actor.name() : null;
		this.fromStatus = from;
		this.toStatus = to;
		this.note = note;
	}

	DossierView.Step view() {
		return new DossierView.Step(this.occurredAt, this.actorName, this.fromStatus, this.toStatus, this.note);
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	String actorName() {
		return this.actorName;
	}

}

package vn.dvc.portal.audit;

import java.util.UUID;

/**
 * One event to record. Personal numbers go in masked ({@link Masks}); {@code subjectKey} is a keyed
 * hash that lets events about one login be found together without storing it.
 *
 * @param actorId the account that acted, when known
 * @param actor how the actor is shown: a name, or a masked login
 * @param subject what the event was about: a masked ID number, a path, a dossier
 * @param clientAddress where the request came from
 * @param detail a short free text, never personal data
 */
public record AuditEntry(AuditKind kind, UUID actorId, String actor, String subject, String subjectKey,
		String clientAddress, String detail) {

	public static AuditEntry of(AuditKind kind) {
		return new AuditEntry(kind, null, null, null, null, null, null);
	}

	public AuditEntry by(UUID actorId, String actor) {
		return new AuditEntry(this.kind, actorId, actor, this.subject, this.subjectKey, this.clientAddress, this.detail);
	}

	public AuditEntry about(String subject, String subjectKey) {
		return new AuditEntry(this.kind, this.actorId, this.actor, subject, subjectKey, this.clientAddress, this.detail);
	}

	public AuditEntry from(String clientAddress) {
		return new AuditEntry(this.kind, this.actorId, this.actor, this.subject, this.subjectKey, clientAddress,
				this.detail);
	}

	public AuditEntry saying(String detail) {
		return new AuditEntry(this.kind, this.actorId, this.actor, this.subject, this.subjectKey, this.clientAddress,
				detail);
	}

}

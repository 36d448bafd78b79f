package vn.dvc.portal.audit;

import java.time.Instant;
import java.util.UUID;

/** A recorded event, as the administrator's page shows it. */
public record AuditRecord(long id, Instant occurredAt, String kind, UUID actorId, String actor, String subject,
		String clientAddress, String detail) {
}

package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier moved from one state to another. Every transition publishes one, in the transaction
 * that made it: notifications and statistics follow from these.
 *
 * @param from null when the dossier was created in {@code to} (a draft, or a counter intake)
 * @param note the reason or message that went with the change, if any
 * @param contactName whom to notify, with an e-mail address and/or a phone number
 */
public record DossierStatusChanged(DossierId dossierId, String code, UUID agencyId, UUID procedureId,
		String procedureName, Channel channel, DossierStatus from, DossierStatus to, Instant occurredAt, String note,
		UUID applicantId, String contactName, String contactEmail, String contactPhone) {

	/** What happened, as the history and the notices name it. */
	public String kind() {
		return DossierStatus.stepKind(this.from, this.to);
	}

	@Override
	public String toString() {
		return "DossierStatusChanged[" + this.dossierId + ", " + this.from + " -> " + this.to + "]";
	}

}

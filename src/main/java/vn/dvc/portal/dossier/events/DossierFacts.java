package vn.dvc.portal.dossier.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dossier as it stands after a step: what listeners need without asking the dossier module.
 *
 * @param code null only for a draft, which publishes no event
 * @param status the state the step left the dossier in
 * @param applicantId the citizen's account, null for a paper dossier of a person who has none
 * @param receivedAt when the agency received it, null before (and for a dossier refused at receipt)
 * @param dueDate the return date in force, null before receipt
 * @param ownerName the owner's name (the submitter's when there is no owner)
 * @param contact whom to tell about the step
 */
public record DossierFacts(UUID id, String code, UUID agencyId, String agencyName, UUID procedureId,
		String procedureName, Channel channel, DossierStatus status, UUID applicantId, Instant receivedAt,
		LocalDate dueDate, String ownerName, Contact contact) {

	/** The submitter (or, when there is none, the owner), with an e-mail address and/or a phone number. */
	public record Contact(String name, String email, String phone) {

		@Override
		public String toString() {
			return "Contact[personal data hidden]";
		}

	}

	public boolean wasReceived() {
		return this.receivedAt != null;
	}

	@Override
	public String toString() {
		return "DossierFacts[" + this.id + ", " + this.status + "]";
	}

}

package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.events.Channel;

/**
 * A dossier brought to the counter or received by post, as the officer registers it.
 *
 * @param applicantIdNumber the ID number of the person's account, if they have one
 * @param ownerIdentity for an owner without an ID number
 * @param documents the scanned documents with their digitisation metadata
 */
public record Intake(ProcedureId procedureId, Channel channel, String applicantIdNumber, DossierContent content,
		OwnerIdentity ownerIdentity, List<Scan> documents) {

	/**
	 * A scanned paper document and what Decree 107/2021 asks it to carry.
	 */
	public record Scan(UUID requirementId, Documents.Upload upload, String typeCode, String name, String summary,
			LocalDate validFrom, LocalDate validUntil, String scope) {
	}

}

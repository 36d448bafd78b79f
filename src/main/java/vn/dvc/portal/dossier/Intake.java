package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.RequirementDetails;
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
	 *
	 * @param typeCode the document type code; null for {@link Intake#defaultTypeCode}
	 * @param name the document's name; null for the requirement's name
	 */
	public record Scan(UUID requirementId, Documents.Upload upload, String typeCode, String name, String summary,
			LocalDate validFrom, LocalDate validUntil, String scope) {

		String typeCodeOr(ProcedureDetails procedure, RequirementDetails requirement) {
			return (this.typeCode != null) ? this.typeCode : defaultTypeCode(procedure, requirement);
		}

		String nameOr(RequirementDetails requirement) {
			return (this.name != null) ? this.name : requirement.name();
		}

	}

	/**
	 * The type code a scan gets when the officer gives none, and the form proposes: the procedure's
	 * code and the document's position in it.
	 */
	public static String defaultTypeCode(ProcedureDetails procedure, RequirementDetails requirement) {
		return procedure.summary().code() + ".TP" + requirement.position();
	}

}

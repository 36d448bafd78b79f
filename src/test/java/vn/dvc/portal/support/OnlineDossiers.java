package vn.dvc.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.ByteArrayResource;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierContent;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.Party;

/**
 * Dossiers filed online through the citizen's service, as the form would have saved them, for tests
 * (browser tests among them) whose subject starts once a dossier is submitted.
 */
public final class OnlineDossiers {

	private OnlineDossiers() {
	}

	/** The citizen files for themself, giving the phone number on the form. */
	public static DossierContent ownContent(CitizenDossiers dossiers, PortalUser citizen, String phone, String text) {
		Party profile = dossiers.submitterOf(citizen.accountId());
		Party submitter = new Party(profile.name(), profile.idNumber(), phone, profile.email(), profile.address());
		return new DossierContent(submitter, submitter, text, false, null);
	}

	/** Saves and submits the dossier with a real PDF for each mandatory document. */
	public static DossierForms.Filed submit(CitizenDossiers dossiers, PortalUser citizen, ProcedureDetails procedure,
			DossierContent content) {
		Actor actor = Actor.of(citizen);
		byte[] pdf = TestFiles.pdf();
		Map<UUID, List<Documents.Upload>> uploads = new LinkedHashMap<>();
		for (RequirementDetails requirement : DossierForms.mandatory(procedure)) {
			uploads.put(requirement.id(), List.of(new Documents.Upload(new ByteArrayResource(pdf),
					"thanh-phan-" + requirement.position() + ".pdf", pdf.length, citizen.accountId().value())));
		}
		DossierId id = dossiers.saveDraft(actor, procedure.id(), null, UUID.randomUUID(), null, content, List.of(),
				uploads, Map.of()).id();
		String code = dossiers.submit(actor, id).value();
		return new DossierForms.Filed(id.value(), code);
	}

}

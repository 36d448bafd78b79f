package vn.dvc.portal.dossier;

import java.util.List;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.StoredDocument;

/** Builds the page view of a dossier from the aggregate, the catalogue and the file store. */
final class DossierViews {

	private DossierViews() {
	}

	static DossierView of(Dossier dossier, Catalog catalog, Documents documents) {
		ProcedureDetails procedure = catalog.procedure(new ProcedureId(dossier.procedureId())).orElseThrow();
		List<DossierView.Document> files = dossier.attachments().stream().map(attachment -> {
			StoredDocument stored = documents.find(attachment.fileId()).orElseThrow();
			return new DossierView.Document(attachment.id(), attachment.requirementId(), attachment.requirementName(),
					stored.originalName(), stored.format(), stored.sizeBytes(), stored.sha256(), attachment.addedAt());
		}).toList();
		List<String> missing = (dossier.status() == DossierStatus.DRAFT)
				? dossier.missingDocuments(procedure.requirements()) : List.of();
		return new DossierView(dossier.id(), dossier.code().map(DossierCode::value).orElse(null), dossier.status(),
				dossier.channel(), procedure.summary().code(), procedure.summary().name(), dossier.procedureId(),
				procedure.summary().agency().name(), dossier.submitter(), dossier.owner(), dossier.content(),
				dossier.postalReturn(), dossier.recipient(), dossier.createdAt(), dossier.updatedAt(),
				dossier.submittedAt(), dossier.version(),
				files, missing, dossier.history().stream().map(DossierTransition::view).toList());
	}

}

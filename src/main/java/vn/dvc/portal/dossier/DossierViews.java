package vn.dvc.portal.dossier;

import java.util.List;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.StoredDocument;
import vn.dvc.portal.dossier.events.DossierStatus;

/** Builds the page view of a dossier from the aggregate, the catalogue and the file store. */
final class DossierViews {

	private DossierViews() {
	}

	static DossierView of(Dossier dossier, Catalog catalog, Documents documents) {
		List<String> missing = List.of();
		if (dossier.status() == DossierStatus.DRAFT) {
			ProcedureDetails procedure = catalog.procedure(new ProcedureId(dossier.procedureId())).orElseThrow();
			missing = dossier.missingDocuments(procedure.requirements());
		}
		List<DossierView.Document> current = dossier.attachments().stream().map(a -> document(a, documents)).toList();
		List<DossierView.Document> setAside = dossier.allAttachments()
			.stream()
			.filter(DossierAttachment::isSuperseded)
			.map(a -> document(a, documents))
			.toList();
		List<DossierView.Result> results = dossier.results().stream().map(result -> {
			StoredDocument file = documents.find(result.fileId()).orElseThrow();
			return new DossierView.Result(result.id(), result.documentCode(), file.originalName(), file.sizeBytes(),
					result.addedAt());
		}).toList();
		return new DossierView(dossier.id(), dossier.code().map(DossierCode::value).orElse(null), dossier.status(),
				dossier.channel(), dossier.procedureCode(), dossier.procedureName(), dossier.procedureId(),
				dossier.agencyName(), dossier.applicantId(), dossier.submitter(), dossier.owner(), dossier.content(),
				dossier.postalReturn(), dossier.recipient(), dossier.createdAt(), dossier.updatedAt(),
				dossier.submittedAt(), dossier.version(), current, missing,
				dossier.history().stream().map(DossierTransition::view).toList(),
				new DossierView.Dates(dossier.receiptDueAt(), dossier.receivedAt(), dossier.originalDueDate(),
						dossier.dueDate(), dossier.processingStartedAt(), dossier.resolvedAt(), dossier.returnedAt(),
						dossier.closedAt()),
				dossier.amendment().map(AmendmentRequest::view).orElse(null), results,
				dossier.apologies().stream().map(ApologyLetter::view).toList(), setAside,
				new DossierView.Outcome(dossier.resolutionNote(), dossier.returnMethod(), dossier.postalItemNumber(),
						dossier.dispatchDate(), dossier.closingReason()));
	}

	private static DossierView.Document document(DossierAttachment attachment, Documents documents) {
		StoredDocument stored = documents.find(attachment.fileId()).orElseThrow();
		return new DossierView.Document(attachment.id(), attachment.requirementId(), attachment.requirementName(),
				stored.originalName(), stored.format(), stored.sizeBytes(), stored.sha256(), attachment.addedAt(),
				attachment.isAmendment());
	}

}

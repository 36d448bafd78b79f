package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.dvc.portal.documents.FileFormat;

/** Everything the dossier page shows to someone allowed to see the dossier. */
public record DossierView(DossierId id, String code, DossierStatus status, Channel channel, String procedureCode,
		String procedureName, UUID procedureId, String agencyName, Party submitter, Party owner, String content,
		boolean postalReturn, PostalRecipient recipient, Instant createdAt, Instant updatedAt, Instant submittedAt,
		long version, List<Document> documents, List<String> missingDocuments, List<Step> history) {

	/** A file given for a requirement. */
	public record Document(UUID attachmentId, UUID requirementId, String requirementName, String fileName,
			FileFormat format, long sizeBytes, String sha256, Instant addedAt) {
	}

	/** One step of the history. */
	public record Step(Instant at, String actorName, DossierStatus from, DossierStatus to, String note) {
	}

	public boolean isDraft() {
		return this.status == DossierStatus.DRAFT;
	}

	public List<Document> documentsFor(UUID requirementId) {
		return this.documents.stream().filter(document -> requirementId.equals(document.requirementId())).toList();
	}

}

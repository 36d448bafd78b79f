package vn.dvc.portal.documents;

import java.time.Instant;
import java.util.UUID;

/** A document of the personal store, with its file. */
public record PersonalDocumentView(UUID id, StoredDocumentKind kind, DocumentMetadata metadata, String documentCode,
		String sourceDossierCode, Instant createdAt, StoredDocument file) {
}

package vn.dvc.portal.documents;

import java.time.Instant;
import java.util.UUID;

/** A file in the store, as other modules see it. */
public record StoredDocument(UUID id, String originalName, FileFormat format, long sizeBytes, String sha256,
		Instant createdAt) {
}

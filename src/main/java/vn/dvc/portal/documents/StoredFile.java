package vn.dvc.portal.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.db.AssignedIdEntity;

/** The record of a file in the store: who owns it, what it is, and its fingerprint. */
@Entity
@Table(name = "stored_file")
class StoredFile extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID ownerId;

	private String originalName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String storageKey;

	private Instant createdAt;

	protected StoredFile() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	StoredFile(UUID id, UUID ownerId, String originalName, FileFormat format, long sizeBytes, String sha256,
			String storageKey, Instant createdAt) {
		this.id = id;
		this.ownerId = ownerId;
		this.originalName = originalName;
		this.mediaType = format.mediaType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.createdAt = createdAt;
	}

	String storageKey() {
		return this.storageKey;
	}

	StoredDocument document() {
		return new StoredDocument(this.id, this.originalName, FileFormat.ofMediaType(this.mediaType).orElseThrow(),
				this.sizeBytes, this.sha256, this.createdAt);
	}

}

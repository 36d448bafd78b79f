package vn.dvc.portal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.web.Downloads;

/**
 * The file store's front door. Who may read a file is decided by the module that holds the
 * reference to it (a dossier, a requirement); this service only keeps files safe and intact.
 */
@Service
public class Documents {

	/** What to store: the bytes, the name the person gave, and whose it is (null for public forms). */
	public record Upload(InputStreamSource content, String originalName, long declaredSize, UUID ownerId) {
	}

	/** A stored file ready to be streamed back. */
	public record Content(StoredDocument document, Resource resource) {

		/** The file as a download for the browser. */
		public ResponseEntity<Resource> asDownload() {
			String mediaType = this.document.format().mediaType();
			return Downloads.attachment(this.resource, mediaType, this.document.sizeBytes(),
					DownloadNames.of(this.document.originalName(), mediaType));
		}

	}

	private final StoredFiles files;

	private final FileStorage storage;

	private final DocumentsProperties properties;

	private final Clock clock;

	Documents(StoredFiles files, FileStorage storage, DocumentsProperties properties, Clock clock) {
		this.files = files;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	/** The portal-wide limit, lowered by a requirement's own limit when it has one. */
	public long maxBytes(Long requirementLimit) {
		long portalLimit = this.properties.maxFileSize().toBytes();
		return (requirementLimit == null) ? portalLimit : Math.min(portalLimit, requirementLimit);
	}

	/**
	 * Streams the upload into the store under a temporary name; the file becomes part of the store
	 * when the surrounding transaction commits, and is removed if it rolls back.
	 * @throws UploadRejectedException when the file is empty, too large or not of an accepted format
	 * @throws StoreUnavailableException when the store cannot write (a full disk); nothing is kept
	 */
	@Transactional(noRollbackFor = UploadRejectedException.class)
	public StoredDocument store(Upload upload, Set<FileFormat> accepted, long maxBytes) {
		String name = cleanName(upload.originalName());
		if (upload.declaredSize() > maxBytes) {
			throw new UploadRejectedException(UploadRejectedException.Reason.TOO_LARGE, name);
		}
		return keep(upload, name, write(upload, name, accepted, maxBytes));
	}

	private FileStorage.Written write(Upload upload, String name, Set<FileFormat> accepted, long maxBytes) {
		try (InputStream in = upload.content().getInputStream()) {
			return this.storage.write(in, name, accepted, maxBytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private StoredDocument keep(Upload upload, String name, FileStorage.Written written) {
		liveOnCommit(written.storageKey());
		StoredFile file = new StoredFile(Ids.next(), upload.ownerId(), name, written.format(), written.size(),
				written.sha256(), written.storageKey(), this.clock.instant());
		return this.files.save(file).document();
	}

	/**
	 * Like {@link #store}, but keeps nothing when the bytes are those of a file already held (the
	 * SHA-256 of one of {@code heldSha256}): a form posted twice does not store its files twice.
	 * @return the stored file, or empty when it was already held
	 */
	@Transactional(noRollbackFor = UploadRejectedException.class)
	public Optional<StoredDocument> storeUnlessHeld(Upload upload, Set<FileFormat> accepted, long maxBytes,
			Set<String> heldSha256) {
		String name = cleanName(upload.originalName());
		if (upload.declaredSize() > maxBytes) {
			throw new UploadRejectedException(UploadRejectedException.Reason.TOO_LARGE, name);
		}
		FileStorage.Written written = write(upload, name, accepted, maxBytes);
		if (heldSha256.contains(written.sha256())) {
			this.storage.delete(written.storageKey());
			return Optional.empty();
		}
		return Optional.of(keep(upload, name, written));
	}

	/** The SHA-256 of each of these files. */
	@Transactional(readOnly = true)
	public Map<UUID, String> fingerprints(Collection<UUID> fileIds) {
		if (fileIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> fingerprints = new HashMap<>();
		this.files.findAllById(fileIds).forEach(file -> fingerprints.put(file.document().id(), file.document().sha256()));
		return fingerprints;
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(UUID fileId) {
		return this.files.findById(fileId).map(StoredFile::document);
	}

	@Transactional(readOnly = true)
	public Optional<Content> open(UUID fileId) {
		return this.files.findById(fileId)
			.map(file -> new Content(file.document(), new FileSystemResource(this.storage.readable(file.storageKey()))));
	}

	/** Removes the file's record now and its bytes once the transaction has committed. */
	@Transactional
	public void delete(UUID fileId) {
		this.files.findById(fileId).ifPresent(file -> {
			this.files.delete(file);
			String key = file.storageKey();
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						Documents.this.storage.delete(key);
					}
				});
			}
			else {
				this.storage.delete(key);
			}
		});
	}

	private void liveOnCommit(String storageKey) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.storage.promote(storageKey);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					Documents.this.storage.promote(storageKey);
				}
				else {
					Documents.this.storage.delete(storageKey);
				}
			}
		});
	}

	/**
	 * Keeps the last path segment, at most 255 characters, without control characters nor invisible
	 * formatting ones: a right-to-left override would make "hoso&#x202E;fdp.exe" show as
	 * "hosoexe.pdf". The name is only ever shown; the file's type comes from its bytes.
	 */
	static String cleanName(String originalName) {
		String name = (originalName == null) ? "" : Normalizer.normalize(originalName, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").trim();
		if (name.isEmpty()) {
			name = "tep-dinh-kem";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

}

package vn.dvc.portal.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Files on disk. Bytes stream from the upload to a temporary file while their SHA-256 and length
 * are computed, then move into place; no file is ever held whole in memory.
 */
@Component
class FileStorage {

	private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

	private static final int COPY_BUFFER = 64 * 1024;

	/** Tika reads at most this many bytes to recognise a type. */
	private static final int DETECTION_LIMIT = 64 * 1024;

	private final Tika tika = new Tika();

	private final ContentInspection inspection;

	private final Path root;

	FileStorage(DocumentsProperties properties, ContentInspection inspection) {
		this.inspection = inspection;
		this.root = properties.storageDirectory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root.resolve("tmp"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The file store " + this.root + " cannot be created", ex);
		}
	}

	/** The outcome of writing a stream to the store. */
	record Written(String storageKey, FileFormat format, long size, String sha256) {
	}

	/**
	 * Writes the stream to the store if its bytes are of an accepted format and it is not larger
	 * than {@code maxBytes}; otherwise keeps nothing and says why. Office files are told apart (and
	 * checked) only once written whole, since their first bytes say no more than "a zip".
	 */
	Written write(InputStream input, String fileName, Set<FileFormat> accepted, long maxBytes) {
		Path temporary = null;
		try (BufferedInputStream buffered = new BufferedInputStream(input, DETECTION_LIMIT)) {
			buffered.mark(DETECTION_LIMIT);
			String detected = this.tika.detect(new LimitedStream(buffered, DETECTION_LIMIT));
			buffered.reset();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			temporary = Files.createTempFile(this.root.resolve("tmp"), "upload", ".part");
			long size = 0;
			try (DigestInputStream digesting = new DigestInputStream(buffered, sha256);
					OutputStream out = Files.newOutputStream(temporary)) {
				byte[] buffer = new byte[COPY_BUFFER];
				int read;
				while ((read = digesting.read(buffer)) != -1) {
					size += read;
					if (size > maxBytes) {
						throw new UploadRejectedException(UploadRejectedException.Reason.TOO_LARGE, fileName);
					}
					out.write(buffer, 0, read);
				}
			}
			if (size == 0) {
				throw new UploadRejectedException(UploadRejectedException.Reason.EMPTY, fileName);
			}
			FileFormat format = this.inspection.identify(detected, temporary, fileName, accepted);
			LocalDate today = LocalDate.now();
			String key = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
			Path target = resolve(key);
			Files.createDirectories(target.getParent());
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			temporary = null;
			return new Written(key, format, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temporary != null) {
				deleteQuietly(temporary);
			}
		}
	}

	Path resolve(String storageKey) {
		Path path = this.root.resolve(storageKey).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Storage key outside the store");
		}
		return path;
	}

	void delete(String storageKey) {
		deleteQuietly(resolve(storageKey));
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", path.getFileName(), ex);
		}
	}

	/** Lets Tika read the head of the stream without closing it or reading past the mark. */
	private static final class LimitedStream extends java.io.FilterInputStream {

		private long remaining;

		LimitedStream(InputStream in, long limit) {
			super(in);
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int value = super.read();
			if (value != -1) {
				this.remaining--;
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int read = super.read(buffer, offset, (int) Math.min(length, this.remaining));
			if (read > 0) {
				this.remaining -= read;
			}
			return read;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public void close() {
			// The caller closes the underlying stream.
		}

	}

}

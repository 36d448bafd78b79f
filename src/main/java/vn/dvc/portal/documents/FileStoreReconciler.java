package vn.dvc.portal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds and removes what a crash leaves in the file store: files whose row never committed,
 * temporary parts of uploads that never finished, and the web server's upload parts of a request
 * that died with the process. A file whose row committed but that was not renamed yet (a crash
 * between the two) gets its final name. Only what is older than {@code dvc.documents.orphan-age}
 * is touched, so that uploads in progress, on this copy of the portal or another sharing the
 * store, are never disturbed.
 */
@Component
class FileStoreReconciler {

	private static final Logger log = LoggerFactory.getLogger(FileStoreReconciler.class);

	/**
	 * What the store writes: {@code yyyy/mm/uuid}, with {@code .part} while uncommitted, and the
	 * {@code tmp/upload*.part} of earlier versions. Nothing else in the folder is ever touched.
	 */
	private static final java.util.regex.Pattern STORE_FILE = java.util.regex.Pattern
		.compile("(\\d{4}/\\d{2}/[0-9a-f-]{36}|tmp/upload[^/]*)");

	/** Storage keys looked up in the database at a time. */
	private static final int KEY_BATCH = 500;

	/** What one pass found and did. */
	record Pass(int promoted, int orphansRemoved, int partsRemoved, int uploadPartsRemoved) {

		int total() {
			return this.promoted + this.orphansRemoved + this.partsRemoved + this.uploadPartsRemoved;
		}

	}

	private final FileStorage storage;

	private final StoredFiles files;

	private final DocumentsProperties properties;

	private final Clock clock;

	private final Counter promoted;

	private final Counter orphansRemoved;

	private final Counter partsRemoved;

	private final Counter uploadPartsRemoved;

	FileStoreReconciler(FileStorage storage, StoredFiles files, DocumentsProperties properties, Clock clock,
			MeterRegistry meters) {
		this.storage = storage;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
		this.promoted = counter(meters, "promoted", "files whose row had committed, given their final name");
		this.orphansRemoved = counter(meters, "orphan-removed", "files with no row, removed");
		this.partsRemoved = counter(meters, "part-removed", "temporary parts of unfinished writes, removed");
		this.uploadPartsRemoved = counter(meters, "upload-part-removed", "web server upload parts left behind, removed");
	}

	private static Counter counter(MeterRegistry meters, String outcome, String description) {
		return Counter.builder("dvc.files.reconciled").tag("outcome", outcome).description(description).register(meters);
	}

	@Scheduled(initialDelayString = "${dvc.documents.reconcile-interval:1h}",
			fixedDelayString = "${dvc.documents.reconcile-interval:1h}")
	// A node killed during a pass leaves the lock taken until lockAtMostFor: short, since a pass is
	// quick and two passes at once would do no harm (every step can be repeated).
	@SchedulerLock(name = "file-store-reconciler", lockAtMostFor = "${dvc.documents.reconcile-lock:PT10M}")
	void reconcileOnSchedule() {
		reconcile();
	}

	/** One pass over the store and the upload folder. */
	Pass reconcile() {
		Instant cutoff = this.clock.instant().minus(this.properties.orphanAge());
		Path uploads = this.properties.uploadTemp();
		List<Path> candidates = new ArrayList<>();
		walk(this.storage.root(), uploads, candidates, cutoff);
		int promotedNow = 0;
		int orphansNow = 0;
		int partsNow = 0;
		for (int start = 0; start < candidates.size(); start += KEY_BATCH) {
			List<Path> batch = candidates.subList(start, Math.min(start + KEY_BATCH, candidates.size()));
			Set<String> keys = new HashSet<>();
			batch.forEach(path -> keys.add(keyOf(path)));
			Set<String> existing = new HashSet<>(this.files.findExistingKeys(keys));
			for (Path path : batch) {
				String key = keyOf(path);
				boolean part = path.getFileName().toString().endsWith(FileStorage.PART_SUFFIX);
				if (existing.contains(key)) {
					if (part) {
						this.storage.promote(key);
						promotedNow++;
					}
				}
				else if (delete(path)) {
					if (part) {
						partsNow++;
					}
					else {
						orphansNow++;
					}
				}
			}
		}
		int uploadPartsNow = sweepUploads(cutoff);
		Pass pass = new Pass(promotedNow, orphansNow, partsNow, uploadPartsNow);
		this.promoted.increment(pass.promoted());
		this.orphansRemoved.increment(pass.orphansRemoved());
		this.partsRemoved.increment(pass.partsRemoved());
		this.uploadPartsRemoved.increment(pass.uploadPartsRemoved());
		if (pass.total() > 0) {
			log.info("File store reconciled: {} files given their final name, {} files with no row removed, "
					+ "{} temporary parts removed, {} upload parts removed", pass.promoted(), pass.orphansRemoved(),
					pass.partsRemoved(), pass.uploadPartsRemoved());
		}
		else {
			log.debug("File store reconciled: nothing left behind");
		}
		return pass;
	}

	/**
	 * Removes the web server's upload parts older than the cutoff: a request that still runs keeps
	 * its parts only while it lasts.
	 */
	int sweepUploads(Instant cutoff) {
		Path uploads = this.properties.uploadTemp();
		if (!Files.isDirectory(uploads)) {
			return 0;
		}
		int removed = 0;
		try (var listing = Files.list(uploads)) {
			for (Path path : (Iterable<Path>) listing::iterator) {
				if (Files.isRegularFile(path) && modifiedBefore(path, cutoff) && delete(path)) {
					removed++;
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not list the upload folder {}", uploads, ex);
		}
		return removed;
	}

	/** The files of the store older than the cutoff, outside the upload folder. */
	private void walk(Path root, Path uploads, List<Path> found, Instant cutoff) {
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
					return directory.equals(uploads) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)
							&& STORE_FILE.matcher(keyOf(file)).matches()) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					// A file removed while the walk runs (a draft deleted) is not a failure.
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String keyOf(Path path) {
		String key = this.storage.root().relativize(path).toString().replace('\\', '/');
		return key.endsWith(FileStorage.PART_SUFFIX) ? key.substring(0, key.length() - FileStorage.PART_SUFFIX.length())
				: key;
	}

	private static boolean modifiedBefore(Path path, Instant cutoff) {
		try {
			return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean delete(Path path) {
		try {
			return Files.deleteIfExists(path);
		}
		catch (NoSuchFileException ex) {
			return false;
		}
		catch (IOException ex) {
			log.warn("Could not remove {}", path.getFileName(), ex);
			return false;
		}
	}

}

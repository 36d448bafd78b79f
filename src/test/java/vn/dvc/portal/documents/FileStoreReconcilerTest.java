package vn.dvc.portal.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciler on the real store and database: what a crash leaves (a file whose row never
 * committed, an unfinished part, a committed file still under its temporary name, the web
 * server's parts of a request that died) is found, repaired or removed, counted in the metrics,
 * and nothing younger than the orphan age, nor anything the store did not write, is touched.
 */
@PortalTest
class FileStoreReconcilerTest {

	private static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(1));

	@Autowired
	FileStoreReconciler reconciler;

	@Autowired
	FileStorage storage;

	@Autowired
	Documents documents;

	@Autowired
	DocumentsProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	jakarta.persistence.EntityManager entities;

	private Path file(String key, String content, Instant modified) throws Exception {
		Path path = this.storage.resolve(key);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(path, FileTime.from(modified));
		return path;
	}

	private double counted(String outcome) {
		return this.meters.get("dvc.files.reconciled").tag("outcome", outcome).counter().count();
	}

	private StoredDocument storeCommitted() {
		return this.transactions.execute(status -> this.documents.store(
				new Documents.Upload(new ByteArrayResource(TestFiles.pdf()), "don.pdf", -1, null), Set.of(FileFormat.PDF),
				1_000_000));
	}

	private String keyOf(StoredDocument document) {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
			this.entities.flush();
		}
		return this.jdbc.queryForObject("select storage_key from stored_file where id = ?", String.class, document.id());
	}

	@Test
	void removesWhatNoRowNamesRenamesWhatCommittedAndLeavesTheRest() throws Exception {
		String month = "2020/01/";
		Path orphan = file(month + UUID.randomUUID(), "no row ever committed", LONG_AGO);
		Path unfinished = file(month + UUID.randomUUID() + ".part", "half an upload", LONG_AGO);
		Path recentOrphan = file(month + UUID.randomUUID(), "still being committed", Instant.now());
		Path foreign = file("notes/readme.txt", "not written by the store", LONG_AGO);
		Path legacyPart = file("tmp/upload123456.part", "an older version's temporary file", LONG_AGO);
		Path uploadPart = this.properties.uploadTemp().resolve("upload_" + UUID.randomUUID() + "_00000001.tmp");
		Files.createDirectories(uploadPart.getParent());
		Files.writeString(uploadPart, "a request that died");
		Files.setLastModifiedTime(uploadPart, FileTime.from(LONG_AGO));
		// A file whose row committed, but the process died before the rename.
		StoredDocument committed = storeCommitted();
		Path live = this.storage.resolve(keyOf(committed));
		Path waiting = this.storage.pending(keyOf(committed));
		Files.move(live, waiting);
		Files.setLastModifiedTime(waiting, FileTime.from(LONG_AGO));
		double orphansBefore = counted("orphan-removed");
		double promotedBefore = counted("promoted");

		FileStoreReconciler.Pass pass = this.reconciler.reconcile();

		assertThat(orphan).doesNotExist();
		assertThat(unfinished).doesNotExist();
		assertThat(legacyPart).doesNotExist();
		assertThat(uploadPart).doesNotExist();
		assertThat(live).exists();
		assertThat(waiting).doesNotExist();
		assertThat(recentOrphan).as("younger than the orphan age").exists();
		assertThat(foreign).as("not a file of the store").exists();
		assertThat(pass.orphansRemoved()).isGreaterThanOrEqualTo(1);
		assertThat(pass.partsRemoved()).isGreaterThanOrEqualTo(2);
		assertThat(pass.promoted()).isGreaterThanOrEqualTo(1);
		assertThat(pass.uploadPartsRemoved()).isGreaterThanOrEqualTo(1);
		assertThat(counted("orphan-removed") - orphansBefore).isEqualTo(pass.orphansRemoved());
		assertThat(counted("promoted") - promotedBefore).isEqualTo(pass.promoted());
		Files.delete(foreign);
		Files.delete(recentOrphan);
	}

	@Test
	void aCommittedFileStillUnderItsTemporaryNameIsReadAndRenamed() throws Exception {
		StoredDocument committed = storeCommitted();
		Path live = this.storage.resolve(keyOf(committed));
		Files.move(live, this.storage.pending(keyOf(committed)));

		Documents.Content content = this.documents.open(committed.id()).orElseThrow();

		assertThat(content.resource().contentLength()).isEqualTo(committed.sizeBytes());
		assertThat(live).exists();
	}

	@Test
	void aStoredFileBecomesLiveOnlyWhenItsRowCommits() {
		Documents.Upload upload = new Documents.Upload(new ByteArrayResource(TestFiles.pdf()), "don.pdf", -1, null);
		boolean[] during = new boolean[2];
		String key = this.transactions.execute(status -> {
			String written = keyOf(this.documents.store(upload, Set.of(FileFormat.PDF), 1_000_000));
			during[0] = Files.exists(this.storage.resolve(written));
			during[1] = Files.exists(this.storage.pending(written));
			return written;
		});
		assertThat(during[0]).as("final name before the commit").isFalse();
		assertThat(during[1]).as("temporary name before the commit").isTrue();
		assertThat(this.storage.resolve(key)).exists();
		assertThat(this.storage.pending(key)).doesNotExist();

		String rolledBack = this.transactions.execute(status -> {
			String written = keyOf(this.documents.store(upload, Set.of(FileFormat.PDF), 1_000_000));
			status.setRollbackOnly();
			return written;
		});
		assertThat(this.storage.resolve(rolledBack)).doesNotExist();
		assertThat(this.storage.pending(rolledBack)).doesNotExist();
	}

}

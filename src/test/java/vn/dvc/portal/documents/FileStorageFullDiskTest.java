package vn.dvc.portal.documents;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A disk that fills up in the middle of an upload: the store says so with its own exception (a
 * 503 page for the person) and leaves no byte of the half-written file behind. The disk is
 * simulated at the one place the store writes: after 100 KB its stream fails as Linux does, with
 * "No space left on device" (bench/faults/run.sh full-disk does it for real on a 3 MB tmpfs).
 */
class FileStorageFullDiskTest {

	@TempDir
	Path root;

	@Test
	void aDiskThatFillsUpWhileWritingLeavesNothingAndSaysTheDiskIsFull() throws Exception {
		DocumentsProperties properties = new DocumentsProperties(this.root, DataSize.ofMegabytes(20), null,
				Duration.ofHours(1), Duration.ofHours(1));
		FileStorage storage = new FileStorage(properties,
				new ContentInspection(new ArchiveLimits(10_000, DataSize.ofMegabytes(200), 100)), Clock.systemUTC()) {
			@Override
			OutputStream open(Path temporary) throws IOException {
				return new FilterOutputStream(super.open(temporary)) {
					private long written;

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						this.written += length;
						if (this.written > 100 * 1024) {
							throw new IOException("No space left on device");
						}
						this.out.write(bytes, offset, length);
					}
				};
			}
		};
		byte[] pdf = new byte[1024 * 1024];
		Arrays.fill(pdf, (byte) ' ');
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, pdf, 0, 9);

		StoreUnavailableException failure = catchThrowableOfType(StoreUnavailableException.class,
				() -> storage.write(new ByteArrayInputStream(pdf), "ban-quet.pdf", Set.of(FileFormat.PDF), 20_000_000));

		assertThat(failure).isNotNull();
		assertThat(failure.diskFull()).isTrue();
		try (Stream<Path> files = Files.walk(this.root)) {
			assertThat(files.filter(Files::isRegularFile)).as("files left in the store").isEmpty();
		}
	}

}

package vn.dvc.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test JVM a file store of its own, created on first use and removed when the JVM
 * exits. Several builds run tests on one machine at once; the reconciler of one must never see,
 * let alone remove, the files of another. A test that sets {@code dvc.documents.storage-directory}
 * itself still wins.
 */
public final class TestFileStore implements EnvironmentPostProcessor {

	private static Path directory;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("test-file-store",
					Map.of("dvc.documents.storage-directory", directory().toString())));
	}

	/** This JVM's store. */
	public static synchronized Path directory() {
		if (directory == null) {
			try {
				directory = Files.createTempDirectory("dvc-test-files-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Path created = directory;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(created), "test-file-store-removal"));
		}
		return directory;
	}

	private static void removeQuietly(Path root) {
		try (var paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// A leftover temporary folder is harmless.
		}
	}

}

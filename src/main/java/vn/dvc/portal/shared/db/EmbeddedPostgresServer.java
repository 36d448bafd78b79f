package vn.dvc.portal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringApplication;

/**
 * A PostgreSQL server started from the binaries packaged by io.zonky. A persistent server lives as
 * long as the application context; an ephemeral one is shared by every context of the JVM (tests
 * start several contexts) and stopped when the JVM exits.
 * <p>
 * A persistent server keeps people's data, so it runs with PostgreSQL's own durability (fsync,
 * synchronous commits, full page writes) and survives a crash of the portal: a server left running
 * by a portal that was killed is found through its {@code postmaster.pid} and stopped before a new
 * one starts on the same directory.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/** The file that io.zonky locks while a JVM runs a server on the directory. */
	private static final String ZONKY_LOCK_FILE = "epg-lock";

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

	private static EmbeddedPostgresServer shared;

	private final EmbeddedPostgres postgres;

	private final boolean closeWithContext;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean closeWithContext) {
		this.postgres = postgres;
		this.closeWithContext = closeWithContext;
	}

	/** The server being started ahead of the data source, by {@link #startAhead}. */
	private static CompletableFuture<EmbeddedPostgresServer> ahead;

	private static EmbeddedDatabaseProperties aheadFor;

	/**
	 * Starts the server on a thread of its own while the context builds its beans, so that the
	 * seconds PostgreSQL takes to start (more on a fresh directory, which is initialised first)
	 * overlap with the rest of the start-up instead of adding to it.
	 */
	static synchronized void startAhead(EmbeddedDatabaseProperties properties) {
		if (ahead == null) {
			aheadFor = properties;
			ahead = CompletableFuture.supplyAsync(() -> start(properties), runnable -> {
				Thread thread = new Thread(runnable, "embedded-postgres-start");
				thread.setDaemon(true);
				thread.start();
			});
		}
	}

	/** The server started ahead for these properties, or one started now. */
	static EmbeddedPostgresServer startOrJoin(EmbeddedDatabaseProperties properties) {
		CompletableFuture<EmbeddedPostgresServer> started;
		synchronized (EmbeddedPostgresServer.class) {
			started = properties.equals(aheadFor) ? ahead : null;
			ahead = null;
			aheadFor = null;
		}
		if (started == null) {
			return start(properties);
		}
		try {
			return started.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	static synchronized EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
		if (!properties.ephemeral()) {
			Path directory = properties.dataDirectory().toAbsolutePath().normalize();
			stopOrphanOf(directory);
			EmbeddedPostgres postgres = startAt(directory, properties.port(), false, properties.durable());
			logDurability(postgres);
			return new EmbeddedPostgresServer(postgres, true);
		}
		if (shared == null) {
			try {
				Path directory = Files.createTempDirectory("dvc-test-pg");
				shared = new EmbeddedPostgresServer(startAt(directory, properties.port(), true, false), false);
				// Stopped once every context has closed (a shutdown handler runs after them): a JVM hook
				// of its own raced the contexts' hook, and beans that read the database while closing
				// (the event publication registry lists unfinished publications) waited 30 s for a
				// connection to a server already gone.
				SpringApplication.getShutdownHandlers().add(shared::close);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return shared;
	}

	private static EmbeddedPostgres startAt(Path directory, int port, boolean throwAway, boolean durable) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(throwAway)
				// Stopped by this class once the contexts have closed (with its context, or by a shutdown
				// handler), not by io.zonky's own JVM hook: that hook runs at the same moment as Spring's,
				// so the server went away while requests finished and beans closed (tests waited 30 s at
				// exit, and a stopped portal's last requests lost their database).
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "200");
			if (durable) {
				// io.zonky starts PostgreSQL with -F (no fsync) and synchronous_commit=off, fit for
				// tests only; a later -c wins, so the kept data gets PostgreSQL's defaults back.
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
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

	/**
	 * A portal killed without a chance to stop its PostgreSQL (kill -9, a crash, a power cut of the
	 * JVM only) leaves the server running on the data directory, and no new server can start there.
	 * The server is recognised by the {@code postmaster.pid} it keeps in the directory and by its
	 * command line naming the directory; it is stopped only when no live portal holds the
	 * directory's lock, so a second portal started by mistake never stops the first one's database.
	 */
	static void stopOrphanOf(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = postmasterOf(directory, pidFile);
		if (orphan.isEmpty()) {
			// PostgreSQL itself removes a stale postmaster.pid whose process is gone.
			log.info("Embedded PostgreSQL: {} names no running server; PostgreSQL will start afresh after "
					+ "checking its write-ahead log", pidFile);
			return;
		}
		ProcessHandle postmaster = orphan.get();
		if (!directoryIsFree(directory)) {
			throw new IllegalStateException("Another running portal uses the embedded PostgreSQL in " + directory
					+ " (process " + postmaster.pid() + "); stop it first or configure another dvc.embedded-db.data-directory");
		}
		log.warn("Embedded PostgreSQL: found the server left running by a portal that did not stop cleanly "
				+ "(process {} in {}); stopping it before starting a new one", postmaster.pid(), directory);
		// SIGTERM is PostgreSQL's smart shutdown: the dead portal's connections are already closed,
		// so it checkpoints and exits at once, with every committed transaction kept.
		postmaster.destroy();
		try {
			postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
			log.warn("Embedded PostgreSQL: the orphaned server (process {}) stopped cleanly", postmaster.pid());
		}
		catch (TimeoutException ex) {
			log.warn("Embedded PostgreSQL: the orphaned server (process {}) did not stop within {} s; killing it, "
					+ "the new server will recover from the write-ahead log", postmaster.pid(), ORPHAN_STOP_WAIT.toSeconds());
			postmaster.destroyForcibly();
			postmaster.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not wait for the orphaned PostgreSQL to stop", ex);
		}
	}

	/** The live PostgreSQL postmaster named by the PID file, if it is one serving this directory. */
	private static Optional<ProcessHandle> postmasterOf(Path directory, Path pidFile) {
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (!Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(directory)) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> {
			// The PID may have been reused by an unrelated process since the server died.
			String command = process.info().command().orElse("");
			String arguments = String.join(" ", process.info().arguments().orElse(new String[0]));
			return command.endsWith("postgres") && arguments.contains(directory.toString());
		});
	}

	/** Whether no JVM holds io.zonky's lock on the directory, i.e. no portal is running on it. */
	private static boolean directoryIsFree(Path directory) {
		Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			lock.release();
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void logDurability(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet settings = statement.executeQuery("select name, setting from pg_settings "
						+ "where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name")) {
			StringBuilder line = new StringBuilder();
			while (settings.next()) {
				line.append(line.isEmpty() ? "" : ", ").append(settings.getString(1)).append('=').append(settings.getString(2));
			}
			log.info("Embedded PostgreSQL durability: {}", line);
		}
		catch (SQLException ex) {
			log.warn("Could not read the embedded PostgreSQL's durability settings: {}", ex.getMessage());
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

package vn.dvc.portal.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL of the default run keeps committed data through a power cut (fsync and
 * synchronous commits on) and starts after a crash of the portal: the server a killed portal left
 * running on the data directory is stopped, and a new one starts there with the data intact.
 */
class EmbeddedPostgresCrashTest {

	@TempDir
	Path directory;

	private static String setting(EmbeddedPostgresServer server, String name) throws Exception {
		try (Connection connection = server.postgres().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private static int freePort() throws java.io.IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aServerLeftRunningByAKilledPortalIsStoppedAndTheDataKept() throws Exception {
		Path data = this.directory.resolve("postgres");
		EmbeddedDatabaseProperties persistent = new EmbeddedDatabaseProperties(data, 0, false, true);
		EmbeddedPostgresServer first = EmbeddedPostgresServer.start(persistent);
		String binaries;
		try {
			assertThat(setting(first, "fsync")).isEqualTo("on");
			assertThat(setting(first, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(first, "full_page_writes")).isEqualTo("on");
			try (Connection connection = first.postgres().getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create table kept (note text)");
				statement.execute("insert into kept values ('committed before the crash')");
			}
			long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
			binaries = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow()).getParent().toString();
		}
		finally {
			first.destroy();
		}
		// What a kill -9 of the portal leaves: its server still running on the directory, started by
		// no live JVM (pg_ctl detaches it), the directory's lock free.
		List<String> pgCtl = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			// As io.zonky does: PostgreSQL refuses root, but runs in a user namespace of its own.
			pgCtl.addAll(List.of("unshare", "-U"));
		}
		Path log = this.directory.resolve("orphan.log");
		pgCtl.addAll(List.of(binaries + "/pg_ctl", "-D", data.toString(), "-o", "-p " + freePort(), "-l", log.toString(),
				"-w", "start"));
		// Output to a file: the server outlives pg_ctl, and a pipe it inherited would never close.
		Process start = new ProcessBuilder(pgCtl).redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("pg_ctl.out").toFile())
			.start();
		assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(start.exitValue()).as(Files.readString(this.directory.resolve("pg_ctl.out"))).isZero();
		long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

		EmbeddedPostgresServer second = EmbeddedPostgresServer.start(persistent);
		try {
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
			try (Connection connection = second.postgres().getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet kept = statement.executeQuery("select note from kept")) {
				assertThat(kept.next()).isTrue();
				assertThat(kept.getString(1)).isEqualTo("committed before the crash");
			}
		}
		finally {
			second.destroy();
		}
	}

}

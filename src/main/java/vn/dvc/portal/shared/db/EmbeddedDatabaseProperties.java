package vn.dvc.portal.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL of the default run keeps its data.
 *
 * @param dataDirectory the cluster's directory; it survives restarts unless {@code ephemeral}
 * @param port the port to listen on, 0 for any free port
 * @param ephemeral start one throw-away cluster per JVM in a temporary directory (tests)
 * @param durable whether a persistent cluster flushes every commit to disk (PostgreSQL's defaults:
 * fsync, synchronous commits, full page writes); off only to measure what durability costs, since
 * a power cut may then lose committed dossiers
 */
@ConfigurationProperties("dvc.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral, @DefaultValue("true") boolean durable) {

}

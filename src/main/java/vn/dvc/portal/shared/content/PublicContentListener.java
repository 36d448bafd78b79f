package vn.dvc.portal.shared.content;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the changes other nodes make to public content: it listens to the PostgreSQL channel on a
 * connection of its own (outside the pool), and also compares {@code content_version} with what it
 * last saw when it (re)connects and every {@link #CHECK_EVERY}, so that a notification lost while
 * the database was unreachable still gets through.
 */
@Component
class PublicContentListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PublicContentListener.class);

	static final Duration CHECK_EVERY = Duration.ofSeconds(10);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final Map<String, Long> seen = new HashMap<>();

	private volatile boolean running;

	private volatile Thread thread;

	PublicContentListener(DataSource dataSource, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.events = events;
	}

	@Override
	public void start() {
		this.running = true;
		Thread listening = new Thread(this::listen, "public-content-listener");
		listening.setDaemon(true);
		this.thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listening = this.thread;
		if (listening != null) {
			listening.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean warned = false;
		while (this.running) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("listen " + PublicContent.CHANNEL);
				check(connection);
				if (warned) {
					log.info("Listening to public content changes again");
					warned = false;
				}
				PGConnection notifications = connection.unwrap(PGConnection.class);
				long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
				while (this.running) {
					PGNotification[] received = notifications.getNotifications((int) CHECK_EVERY.toMillis());
					if (received != null && received.length > 0) {
						check(connection);
					}
					else if (System.nanoTime() >= nextCheck) {
						check(connection);
						nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
					}
				}
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				if (!warned) {
					log.warn("Lost the database connection that hears public content changes ({}); retrying",
							ex.getClass().getSimpleName());
					warned = true;
				}
				try {
					Thread.sleep(RETRY_AFTER.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Announces every area whose version moved since the last look. */
	private void check(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet versions = statement.executeQuery("select area, version from content_version")) {
			while (versions.next()) {
				String area = versions.getString(1);
				long version = versions.getLong(2);
				Long before = this.seen.put(area, version);
				// The first look also announces: pages may have been cached before this thread started.
				if (before == null || before != version) {
					this.events.publishEvent(new PublicContentChanged(area));
				}
			}
		}
	}

	/** A connection of its own: it is held for as long as the node runs, so it must not be the pool's. */
	private Connection connect() throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
			Properties properties = new Properties();
			properties.putAll(pool.getDataSourceProperties());
			if (pool.getUsername() != null) {
				properties.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				properties.setProperty("password", pool.getPassword());
			}
			properties.setProperty("ApplicationName", "dvc-portal public content listener");
			// Notice a dead server within seconds rather than at the next TCP timeout.
			properties.setProperty("tcpKeepAlive", "true");
			properties.setProperty("socketTimeout", Long.toString(CHECK_EVERY.multipliedBy(3).toSeconds()));
			return new Driver().connect(pool.getJdbcUrl(), properties);
		}
		return this.dataSource.getConnection();
	}

}

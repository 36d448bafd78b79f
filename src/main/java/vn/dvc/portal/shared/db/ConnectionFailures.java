package vn.dvc.portal.shared.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost or unreachable database (a restart, a network cut) from every other failure, and
 * after one makes the pool drop the connections it holds: after a restart they are all dead, and
 * handing them out one by one would fail one request each.
 */
@Component
public class ConnectionFailures {

	private static final Logger log = LoggerFactory.getLogger(ConnectionFailures.class);

	private final DataSource dataSource;

	public ConnectionFailures(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Whether the failure is the database being away, not a refusal of what was asked. */
	public static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				// 08: connection exceptions; 57P01-03: the server is shutting down or starting up.
				return true;
			}
			if (cause instanceof SQLException sql && sql.getMessage() != null
					&& (sql.getMessage().startsWith("Connection is closed")
							|| sql.getMessage().startsWith("This connection has been closed"))) {
				// The pool closed a connection the server had dropped; the rollback that follows fails
				// with this, without a state, and hides the first failure.
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** Whether no connection could be had from the pool in its connection timeout. */
	public static boolean isPoolTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	/** Makes the pool replace every connection it holds, idle ones now and busy ones when returned. */
	public void dropPooledConnections() {
		if (this.dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
			log.warn("Database connection lost; the pool replaces its connections");
			hikari.getHikariPoolMXBean().softEvictConnections();
		}
	}

}

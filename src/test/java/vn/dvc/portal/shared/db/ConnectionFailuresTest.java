package vn.dvc.portal.shared.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as the database being away, as a PostgreSQL restart shows it: the server's
 * shutdown (57P01), a broken connection (08xxx), the pool's closed connection whose rollback hides
 * the first failure; and what does not (a refused row).
 */
class ConnectionFailuresTest {

	@Test
	void aRestartInItsVariousDisguisesIsAConnectionFailure() {
		assertThat(ConnectionFailures.isConnectionFailure(new JpaSystemException(new RuntimeException(
				new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
		assertThat(ConnectionFailures.isConnectionFailure(new SQLException("An I/O error occurred", "08006"))).isTrue();
		assertThat(ConnectionFailures.isConnectionFailure(new JpaSystemException(
				new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
			.isTrue();
		assertThat(ConnectionFailures.isConnectionFailure(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("embedded - Connection is not available")))).isTrue();
		assertThat(ConnectionFailures.isPoolTimeout(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("embedded - Connection is not available")))).isTrue();
	}

	@Test
	void aRefusedRowIsNot() {
		assertThat(ConnectionFailures.isConnectionFailure(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(ConnectionFailures.isConnectionFailure(new JpaSystemException(new RuntimeException("mapping"))))
			.isFalse();
		assertThat(ConnectionFailures.isPoolTimeout(new SQLException("An I/O error occurred", "08006"))).isFalse();
	}

}

package vn.dvc.portal.shared.security;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.dvc.portal.shared.db.ConnectionFailures;
import vn.dvc.portal.shared.web.ErrorPageMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Session reads and writes the session outside the controllers: a database restart at that
 * moment gives the "try again" page (503), never a 500; any other failure is not hidden.
 */
class SessionStoreFailuresTest {

	private final SessionStoreFailures.SessionStoreFailureFilter filter = new SessionStoreFailures.SessionStoreFailureFilter(
			new ConnectionFailures(new DriverManagerDataSource()));

	@Test
	void theDatabaseAwayWhenTheSessionIsWrittenGivesTheTryAgainPage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/dossiers/x/receive");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
			throw new DataAccessResourceFailureException("session save",
					new SQLException("terminating connection due to administrator command", "57P01"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(request.getAttribute(ErrorPageMessage.ATTRIBUTE)).isEqualTo("error.503.session");
	}

	@Test
	void aPageAlreadySentIsLeftAsItIs() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my/dossiers");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
			res.getWriter().write("<html>page</html>");
			res.flushBuffer();
			throw new DataAccessResourceFailureException("session save", new SQLException("gone", "08006"));
		});

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("<html>page</html>");
	}

	@Test
	void anotherFailureIsNotTakenForTheDatabaseBeingAway() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dossiers");
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatThrownBy(() -> this.filter.doFilter(request, response, (req, res) -> {
			throw new DataIntegrityViolationException("duplicate key");
		})).isInstanceOf(DataIntegrityViolationException.class);
	}

}

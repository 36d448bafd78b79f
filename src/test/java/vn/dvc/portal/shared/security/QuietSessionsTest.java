package vn.dvc.portal.shared.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's sessions write nothing for a request that changed nothing but a recent access, and
 * everything else as Spring Session's JDBC repository does, counted at the statements it sends to
 * the portal's PostgreSQL.
 */
@PortalTest
class QuietSessionsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	SessionRepository<?> portalSessions;

	private final AtomicInteger writes = new AtomicInteger();

	private QuietSessions sessions;

	private JdbcTemplate jdbc;

	@BeforeEach
	void sessions() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		JdbcTemplate counting = new JdbcTemplate(this.dataSource) {

			@Override
			public int update(String sql, PreparedStatementSetter setter) {
				QuietSessionsTest.this.writes.incrementAndGet();
				return super.update(sql, setter);
			}

			@Override
			public int[] batchUpdate(String sql, BatchPreparedStatementSetter setter) {
				QuietSessionsTest.this.writes.incrementAndGet();
				return super.batchUpdate(sql, setter);
			}

		};
		JdbcIndexedSessionRepository jdbcSessions = new JdbcIndexedSessionRepository(counting,
				TransactionOperations.withoutTransaction());
		jdbcSessions.setCreateSessionAttributeQuery(SessionStorage.CREATE_OR_REPLACE_ATTRIBUTE);
		jdbcSessions.setUpdateSessionQuery(SessionStorage.UPDATE_UNLESS_ONLY_RECENTLY_ACCESSED);
		this.sessions = new QuietSessions(jdbcSessions);
	}

	@Test
	void thePortalsSessionsAreTheQuietOnes() {
		assertThat(this.portalSessions).isInstanceOf(QuietSessions.class)
			.isInstanceOf(FindByIndexNameSessionRepository.class);
	}

	@Test
	void onlyARecentAccessIsNotWrittenEverythingElseIs() {
		Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		QuietSessions.Tracked session = this.sessions.createSession();
		session.setLastAccessedTime(created);
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "canbo.yen");
		session.setAttribute("greeting", "xin chào");
		assertThat(writesOf(() -> this.sessions.save(session))).isPositive();

		QuietSessions.Tracked reading = this.sessions.findById(session.getId());
		reading.setLastAccessedTime(created.plusSeconds(20));
		assertThat(writesOf(() -> this.sessions.save(reading))).isZero();
		assertThat(lastAccess(session.getId())).isEqualTo(created.toEpochMilli());

		QuietSessions.Tracked setting = this.sessions.findById(session.getId());
		setting.setLastAccessedTime(created.plusSeconds(30));
		setting.setAttribute("page", "hồ sơ của tôi");
		assertThat(writesOf(() -> this.sessions.save(setting))).isPositive();
		assertThat(this.sessions.findById(session.getId()).<String>getAttribute("page")).isEqualTo("hồ sơ của tôi");
		// Saved once, nothing more to write in the same request.
		assertThat(writesOf(() -> this.sessions.save(setting))).isZero();

		QuietSessions.Tracked removing = this.sessions.findById(session.getId());
		removing.removeAttribute("page");
		assertThat(writesOf(() -> this.sessions.save(removing))).isPositive();
		assertThat(this.sessions.findById(session.getId()).<String>getAttribute("page")).isNull();

		QuietSessions.Tracked later = this.sessions.findById(session.getId());
		Instant aMinuteOn = created.plus(SessionStorage.ACCESS_PRECISION).plusSeconds(1);
		later.setLastAccessedTime(aMinuteOn);
		assertThat(writesOf(() -> this.sessions.save(later))).isPositive();
		assertThat(lastAccess(session.getId())).isEqualTo(aMinuteOn.toEpochMilli());

		QuietSessions.Tracked loggingIn = this.sessions.findById(session.getId());
		String newId = loggingIn.changeSessionId();
		assertThat(writesOf(() -> this.sessions.save(loggingIn))).isPositive();
		assertThat(this.sessions.findById(session.getId())).isNull();
		assertThat(this.sessions.findById(newId).<String>getAttribute("greeting")).isEqualTo("xin chào");

		assertThat(this.sessions.findByPrincipalName("canbo.yen")).containsOnlyKeys(newId);
		this.sessions.deleteById(newId);
		assertThat(this.sessions.findById(newId)).isNull();
		assertThat(this.sessions.findByPrincipalName("canbo.yen")).isEmpty();
	}

	private int writesOf(Runnable save) {
		int before = this.writes.get();
		save.run();
		return this.writes.get() - before;
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

}

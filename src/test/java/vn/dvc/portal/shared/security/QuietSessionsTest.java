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
import org.springframework.jdbc.core.ResultSetExtractor;
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

	@Autowired
	org.springframework.boot.web.servlet.FilterRegistrationBean<QuietSessions.OneReadPerRequest> oneRead;

	private final AtomicInteger writes = new AtomicInteger();

	private final AtomicInteger reads = new AtomicInteger();

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

			@Override
			public <T> T query(String sql, PreparedStatementSetter setter, ResultSetExtractor<T> extractor) {
				QuietSessionsTest.this.reads.incrementAndGet();
				return super.query(sql, setter, extractor);
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

	@Test
	void withinARequestTheSessionJustSavedIsNotReadAgain() throws Exception {
		QuietSessions.Tracked created = this.sessions.createSession();
		created.setAttribute("greeting", "xin chào");
		this.sessions.save(created);
		String id = created.getId();

		int before = this.reads.get();
		this.sessions.inRequest(() -> {
			// As Spring Session's filter does: read, change, save, read again to check the id.
			QuietSessions.Tracked read = this.sessions.findById(id);
			read.setAttribute("page", "hồ sơ của tôi");
			this.sessions.save(read);
			assertThat(this.sessions.findById(id)).isSameAs(read);
			this.sessions.save(read);
			assertThat(this.sessions.findById(id)).isSameAs(read);
		});
		assertThat(this.reads.get() - before).isOne();

		// The next request reads the database again, and finds what the last one saved.
		this.sessions.inRequest(() -> assertThat(this.sessions.findById(id).<String>getAttribute("page"))
			.isEqualTo("hồ sơ của tôi"));
		assertThat(this.reads.get() - before).isEqualTo(2);
		// Outside a request every reading is a query.
		this.sessions.findById(id);
		this.sessions.findById(id);
		assertThat(this.reads.get() - before).isEqualTo(4);

		// A session deleted within the request is not answered from memory.
		this.sessions.inRequest(() -> {
			QuietSessions.Tracked read = this.sessions.findById(id);
			this.sessions.save(read);
			this.sessions.deleteById(id);
			assertThat(this.sessions.findById(id)).isNull();
		});
		// Another id than the saved one is read.
		QuietSessions.Tracked other = this.sessions.createSession();
		this.sessions.save(other);
		this.sessions.inRequest(() -> {
			this.sessions.save(other);
			assertThat(this.sessions.findById(id)).isNull();
			assertThat(this.sessions.findById(other.getId())).isSameAs(other);
		});
	}

	@Test
	void theOneReadFilterIsAroundSpringSessionsFilter() {
		assertThat(this.oneRead.getOrder()).isLessThan(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER);
		assertThat(this.oneRead.getFilter()).isInstanceOf(QuietSessions.OneReadPerRequest.class);
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

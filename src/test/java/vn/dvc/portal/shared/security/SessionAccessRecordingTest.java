package vn.dvc.portal.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading pages does not rewrite the session row each time: the recorded access moves only once it
 * is a minute old, while a new session id (at login) and new attributes are always written.
 */
@PortalTest
class SessionAccessRecordingTest {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRecentAccessIsNotWrittenAnOldOneIsAndANewIdAlwaysIs() {
		recordOn(this.sessions);
	}

	private <S extends Session> void recordOn(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		session.setLastAccessedTime(created);
		session.setAttribute("greeting", "xin chào");
		sessions.save(session);
		String primaryId = this.jdbc.queryForObject("select primary_id from spring_session where session_id = ?",
				String.class, session.getId());

		S reading = sessions.findById(session.getId());
		reading.setLastAccessedTime(created.plusSeconds(20));
		reading.setAttribute("page", "hồ sơ của tôi");
		sessions.save(reading);
		assertThat(lastAccess(primaryId)).isEqualTo(created.toEpochMilli());
		assertThat(sessions.findById(session.getId()).<String>getAttribute("page")).isEqualTo("hồ sơ của tôi");

		S later = sessions.findById(session.getId());
		Instant aMinuteOn = created.plus(SessionStorage.ACCESS_PRECISION).plusSeconds(1);
		later.setLastAccessedTime(aMinuteOn);
		sessions.save(later);
		assertThat(lastAccess(primaryId)).isEqualTo(aMinuteOn.toEpochMilli());
		assertThat(this.jdbc.queryForObject("select expiry_time from spring_session where primary_id = ?", Long.class,
				primaryId)).isEqualTo(aMinuteOn.plus(later.getMaxInactiveInterval()).toEpochMilli());

		S loggingIn = sessions.findById(session.getId());
		loggingIn.setLastAccessedTime(aMinuteOn.plusSeconds(1));
		String newId = loggingIn.changeSessionId();
		sessions.save(loggingIn);
		assertThat(this.jdbc.queryForObject("select session_id from spring_session where primary_id = ?", String.class,
				primaryId)).isEqualTo(newId);
		assertThat(sessions.findById(session.getId())).isNull();

		S timeout = sessions.findById(newId);
		timeout.setMaxInactiveInterval(Duration.ofMinutes(5));
		sessions.save(timeout);
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where primary_id = ?",
				Integer.class, primaryId)).isEqualTo(300);
		sessions.deleteById(newId);
	}

	private long lastAccess(String primaryId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where primary_id = ?", Long.class,
				primaryId);
	}

}

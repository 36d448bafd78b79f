package vn.dvc.portal.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session's JDBC repository, but a request that changed nothing of its session but the time of
 * its access, recorded less than {@link SessionStorage#ACCESS_PRECISION} ago, saves nothing: the
 * update the repository sent for it changed no row (SessionStorage), and was still a statement of
 * every signed-in request. Anything else (a new session, an attribute set or removed, a new id, a
 * new timeout, an access a minute old) is saved by the repository as before.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.Tracked> {

	/** The JDBC repository, by the interface: its own type of session is not public. */
	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	QuietSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = (FindByIndexNameSessionRepository) sessions;
	}

	@Override
	public Tracked createSession() {
		return new Tracked(this.sessions.createSession(), null);
	}

	@Override
	public void save(Tracked session) {
		if (session.changed || session.recordedAccess == null
				|| Duration.between(session.recordedAccess, session.getLastAccessedTime())
					.compareTo(SessionStorage.ACCESS_PRECISION) >= 0) {
			this.sessions.save(session.session);
			session.saved();
		}
	}

	@Override
	public Tracked findById(String id) {
		Session session = this.sessions.findById(id);
		return (session != null) ? new Tracked(session, session.getLastAccessedTime()) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Tracked(session, session.getLastAccessedTime())));
		return found;
	}

	/** A session as stored, and whether anything but its access time changed since it was read. */
	static final class Tracked implements Session {

		private final Session session;

		/** The access time the store holds; null for a session not saved yet. */
		private Instant recordedAccess;

		private boolean changed;

		Tracked(Session session, Instant recordedAccess) {
			this.session = session;
			this.recordedAccess = recordedAccess;
		}

		private void saved() {
			this.changed = false;
			if (this.recordedAccess == null || Duration.between(this.recordedAccess, getLastAccessedTime())
				.compareTo(SessionStorage.ACCESS_PRECISION) >= 0) {
				this.recordedAccess = getLastAccessedTime();
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}

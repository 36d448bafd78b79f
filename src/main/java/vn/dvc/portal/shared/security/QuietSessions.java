package vn.dvc.portal.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's JDBC repository, but a request that changed nothing of its session but the time of
 * its access, recorded less than {@link SessionStorage#ACCESS_PRECISION} ago, saves nothing: the
 * update the repository sent for it changed no row (SessionStorage), and was still a statement of
 * every signed-in request. Anything else (a new session, an attribute set or removed, a new id, a
 * new timeout, an access a minute old) is saved by the repository as before.
 *
 * <p>Spring Session's filter also reads the session a second time after saving it, only to learn
 * whether the id the browser sent is still valid (spring-session#1731): a query of every signed-in
 * request. Within a request ({@link OneReadPerRequest}), the session it has just saved is the
 * answer to that second reading; the first reading of every request still goes to the database.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.Tracked> {

	/** The JDBC repository, by the interface: its own type of session is not public. */
	private final FindByIndexNameSessionRepository<Session> sessions;

	/** The session saved by the request this thread runs, while OneReadPerRequest is around it. */
	private final ThreadLocal<SavedInRequest> request = new ThreadLocal<>();

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
		SavedInRequest saved = this.request.get();
		if (saved != null) {
			saved.session = session;
		}
	}

	@Override
	public Tracked findById(String id) {
		SavedInRequest saved = this.request.get();
		if (saved != null && saved.session != null && saved.session.getId().equals(id)) {
			return saved.session;
		}
		Session session = this.sessions.findById(id);
		return (session != null) ? new Tracked(session, session.getLastAccessedTime()) : null;
	}

	@Override
	public void deleteById(String id) {
		SavedInRequest saved = this.request.get();
		if (saved != null) {
			saved.session = null;
		}
		this.sessions.deleteById(id);
	}

	/**
	 * Runs {@code work} as one request: a session it saves answers the readings of the same id that
	 * follow within it, and nothing of it outlives it.
	 */
	void inRequest(RequestWork work) throws IOException, ServletException {
		SavedInRequest outer = this.request.get();
		this.request.set(new SavedInRequest());
		try {
			work.run();
		}
		finally {
			if (outer != null) {
				this.request.set(outer);
			}
			else {
				this.request.remove();
			}
		}
	}

	/** What a request does, with the exceptions of a filter chain. */
	@FunctionalInterface
	interface RequestWork {

		void run() throws IOException, ServletException;

	}

	private static final class SavedInRequest {

		private Tracked session;

	}

	/**
	 * Placed right outside Spring Session's filter, so that the session's readings and savings of one
	 * request, including those after the response, happen within it.
	 */
	static final class OneReadPerRequest extends OncePerRequestFilter {

		private final QuietSessions sessions;

		OneReadPerRequest(QuietSessions sessions) {
			this.sessions = sessions;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			this.sessions.inRequest(() -> chain.doFilter(request, response));
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

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

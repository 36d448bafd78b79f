package vn.dvc.portal.shared.security;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions in PostgreSQL, safe against parallel requests of one person and cheap to read.
 *
 * <p>Two requests of the same session (a double click right after logging in) may both add the
 * same attribute, and the second insert would break the unique key; it replaces the first one's
 * value instead.
 *
 * <p>Spring Session records the time of every request, which makes every page a logged-in person
 * reads a committed write (and a WAL flush) of their session row. The row is only rewritten when
 * something else about the session changed (its id at login, its owner, its timeout) or when the
 * recorded access is {@link #ACCESS_PRECISION} old: a session then ends at most that much before
 * the full thirty idle minutes, and reading a page costs no write; a request that changed nothing
 * else sends no statement at all ({@link QuietSessions}).
 *
 * <p>The session's statements run without a transaction of their own. Each statement is atomic by
 * itself, and reading a session (one query) or recording its access (one update, most often
 * changing nothing) is one statement: the two transactions around them were a third of what a
 * signed-in page spent on its session. A save cut between two statements (a new id at login, then
 * the new security context) leaves a session that is at worst not signed in, which the person's next
 * login mends; no one else holds a session's new id before its response is sent.
 *
 * <p>The security context of every signed-in request was deserialised from the session's bytes
 * again; the same bytes now give a new context around the authentication read from them the first
 * time ({@link KeptSecurityContexts}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	/** How old the recorded last access may grow before a request records it again. */
	static final Duration ACCESS_PRECISION = Duration.ofMinutes(1);

	static final String CREATE_OR_REPLACE_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	/**
	 * Spring Session's update, with its parameters in the same order, that leaves the row alone when
	 * only a recent access time would change: a row the condition skips is neither locked nor
	 * written.
	 */
	static final String UPDATE_UNLESS_ONLY_RECENTLY_ACCESSED = """
			UPDATE %TABLE_NAME% SET SESSION_ID = INCOMING.SESSION_ID, LAST_ACCESS_TIME = INCOMING.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = INCOMING.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = INCOMING.EXPIRY_TIME,
			    PRINCIPAL_NAME = INCOMING.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME) AS INCOMING
			WHERE %TABLE_NAME%.PRIMARY_ID = ?
			  AND (%TABLE_NAME%.SESSION_ID <> INCOMING.SESSION_ID
			       OR %TABLE_NAME%.MAX_INACTIVE_INTERVAL <> INCOMING.MAX_INACTIVE_INTERVAL
			       OR %TABLE_NAME%.PRINCIPAL_NAME IS DISTINCT FROM INCOMING.PRINCIPAL_NAME
			       OR INCOMING.LAST_ACCESS_TIME - %TABLE_NAME%.LAST_ACCESS_TIME >= %PRECISION%)
			""".replace("%PRECISION%", Long.toString(ACCESS_PRECISION.toMillis()));

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> parallelRequestsSafeAttributes() {
		return repository -> {
			repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
			repository.setUpdateSessionQuery(UPDATE_UNLESS_ONLY_RECENTLY_ACCESSED);
			repository.setConversionService(KeptSecurityContexts.conversionService(SessionStorage.class.getClassLoader()));
		};
	}

	/**
	 * The sessions as the portal uses them (the session filter, ending a staff member's sessions):
	 * the JDBC repository, without a statement for a request that changed nothing but a recent access.
	 * The repository bean itself is wrapped, as Spring Boot makes none when another is declared.
	 */
	@Bean
	static BeanPostProcessor quietSessions() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new QuietSessions(sessions) : bean;
			}

		};
	}

	/**
	 * Around Spring Session's filter (at its default order), and around the filter that answers a
	 * session store that cannot be reached (SessionStoreFailures, right outside it): the session a
	 * request saves answers the filter's reading of it after the save, instead of a second query.
	 */
	@Bean
	FilterRegistrationBean<QuietSessions.OneReadPerRequest> oneSessionReadPerRequest(SessionRepository<?> sessions) {
		FilterRegistrationBean<QuietSessions.OneReadPerRequest> registration = new FilterRegistrationBean<>(
				new QuietSessions.OneReadPerRequest((QuietSessions) sessions));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ASYNC,
				jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Read by Spring Session's JDBC configuration under this name, and by nothing else: not a
	 * candidate for whoever asks for transactions by type (and the portal's own transaction template
	 * stays the auto-configured one).
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

}

package vn.dvc.portal.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL, safe against parallel requests of one person: two requests of the same
 * session (a double click right after logging in) may both add the same attribute, and the second
 * insert would break the unique key; it replaces the first one's value instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	static final String CREATE_OR_REPLACE_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> parallelRequestsSafeAttributes() {
		return repository -> repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
	}

}

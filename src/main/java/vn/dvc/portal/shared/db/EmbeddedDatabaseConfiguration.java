package vn.dvc.portal.shared.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL when no {@code spring.datasource.url} is configured, so that the portal
 * runs on a fresh machine with nothing installed. With a URL set, Spring Boot's own data source is
 * used and nothing is embedded.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.startOrJoin(properties);
	}

	/** Starts PostgreSQL as soon as the bean definitions are known, long before the pool needs it. */
	@Bean
	static BeanFactoryPostProcessor embeddedPostgresStartAhead() {
		return new StartAhead();
	}

	static final class StartAhead implements BeanFactoryPostProcessor, EnvironmentAware {

		private Environment environment;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			EmbeddedPostgresServer.startAhead(Binder.get(this.environment)
				.bindOrCreate("dvc.embedded-db", EmbeddedDatabaseProperties.class));
		}

	}

	/**
	 * The pool takes the same {@code spring.datasource.hikari.*} settings as an external database's
	 * (timeouts, keep-alive, size), so that the default run recovers from a restart of its
	 * PostgreSQL the same way.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgresServer server) {
		EmbeddedPostgres postgres = server.postgres();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		// PostgreSQL's error details quote the refused row, personal data included; keep them out of logs.
		dataSource.addDataSourceProperty("logServerErrorDetail", "false");
		return dataSource;
	}

}

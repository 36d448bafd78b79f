package vn.dvc.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.dvc.portal.shared.db.EmbeddedDatabaseConfiguration;

/**
 * The persistence layer alone: entities, repositories, {@code JdbcTemplate} and the Flyway
 * migrations (the Java ones included), on the same embedded PostgreSQL as {@link PortalTest} (one
 * throw-away server per JVM), never an in-memory stand-in. No web layer, no services, no
 * schedulers, no demo data: a test writes the rows it needs. Every test runs in a transaction that
 * is rolled back.
 * <p>
 * Tests that use this annotation and nothing else share one application context; an
 * {@code @Import} of a service gives the test a context of its own, one more start in the suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// A cached slice context keeps its pool open: four connections of the server's 200 are enough here
// (a test, Flyway and its lock).
// The portal builds Hibernate on a thread of its own while the rest starts; a slice has no rest and
// no task executor, so it builds it in line.
// The Java migrations are beans (V10.1, stats.StatisticsBackfill): without them a slice started first
// would migrate the JVM's database without them, and every later context would refuse its schema.
// The statements are not printed: the suite's log stays readable.
@DataJpaTest(properties = { "spring.datasource.hikari.maximum-pool-size=4", "spring.jpa.bootstrap=default" },
		showSql = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class))
// The portal's own data source (the embedded PostgreSQL), not a replacement database.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles("test")
public @interface PortalDataTest {

}

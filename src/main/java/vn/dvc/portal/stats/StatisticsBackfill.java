package vn.dvc.portal.stats;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway V10.1: counts the figures of the dossiers that existed before the statistics were fed by
 * events (V10 made the tables). Spring Boot hands every {@code JavaMigration} bean to Flyway; this
 * one needs nothing but Flyway's connection, so it can be made before the database is migrated. (It
 * implements {@code JavaMigration} itself: its name need not follow Flyway's V10_1__ convention.)
 */
@Component
class StatisticsBackfill implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("10.1");
	}

	@Override
	public String getDescription() {
		return "statistics backfill";
	}

	/** Flyway checks no checksum for it: the counting rules it runs may change without a new version. */
	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
		FigureRecount.recount(new NamedParameterJdbcTemplate(connection), null);
	}

}

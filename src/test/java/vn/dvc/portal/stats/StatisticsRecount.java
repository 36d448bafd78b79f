package vn.dvc.portal.stats;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests: the statistics of dossiers written straight into the tables (no event tells stats
 * about them), and a bounded wait for the figures of dossiers filed through the application, which
 * are counted after commit, off the request's thread.
 */
public final class StatisticsRecount {

	private StatisticsRecount() {
	}

	/** Counts the figures of the agency's dossiers from their tables, as the V10.1 back-fill does. */
	public static void recount(JdbcTemplate jdbc, UUID agency) {
		FigureRecount.recount(new NamedParameterJdbcTemplate(jdbc), agency);
	}

	/**
	 * Waits, at most 30 s, until every event published so far reached its listeners: the registry
	 * deletes a publication once its listener completed.
	 */
	public static void awaitCounted(JdbcTemplate jdbc) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long pending;
		do {
			pending = jdbc.queryForObject("select count(*) from event_publication", Long.class);
			if (pending == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		while (System.nanoTime() < deadline);
		assertThat(pending).as("events not yet counted after 30 s").isZero();
	}

}

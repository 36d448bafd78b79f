package vn.dvc.portal.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.shared.VietnameseText;
import vn.dvc.portal.stats.StatisticsRecount;

/**
 * Dossiers with chosen dates for the statistics tests, written straight into the tables: the
 * dates of receipt and resolution cannot be chosen through the application, which dates them now.
 * Each test gets an agency of its own, so that other tests' dossiers do not count.
 */
public final class ReportData {

	private ReportData() {
	}

	/** A commune-level agency and one procedure of it. */
	public record Scope(UUID agency, UUID procedure) {
	}

	/** An agency coded {@code prefix.NNNNNN} with one procedure named {@code procedureName}. */
	public static Scope agencyWithProcedure(JdbcTemplate jdbc, String prefix, String agencyName, String procedureName) {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		UUID agency = agency(jdbc, prefix + "." + suffix, agencyName + " " + suffix);
		return new Scope(agency, procedure(jdbc, agency, prefix + ".P." + suffix, procedureName));
	}

	public static UUID agency(JdbcTemplate jdbc, String code, String name) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into agency (id, code, name, admin_level) values (?, ?, ?, 'COMMUNE')", id, code, name);
		return id;
	}

	public static UUID procedure(JdbcTemplate jdbc, UUID agency, String code, String name) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into procedure (id, code, name, field, agency_id, service_level, admin_level, processing_days, fee_vnd,
				  postal_return_offered, online_payment_offered, accepting_dossiers, search_text)
				values (?, ?, ?, 'Thử', ?, 'FULL_ONLINE', 'COMMUNE', 10, 0, true, false, true, ?)
				""", id, code, name, agency, VietnameseText.fold(name));
		return id;
	}

	/**
	 * An online dossier received at {@code received} with its due date, resolved at
	 * {@code resolved} or still in progress when that is null.
	 */
	public static UUID receivedDossier(JdbcTemplate jdbc, Scope scope, UUID applicant, Instant received, LocalDate due,
			Instant resolved) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
				  submitter_name, owner_name, postal_return, created_at, updated_at, submitted_at, received_at,
				  original_due_date, due_date, resolved_at, version, procedure_code, procedure_name, agency_name)
				values (?, ?, ?, ?, ?, ?, 'ONLINE', ?, 'Người Thử', 'Người Thử', false, ?, ?, ?, ?, ?, ?, ?,
				  0, 'RPT', 'Thủ tục thử', 'Cơ quan thử')
				""", id, "RPT." + id.toString().substring(0, 8).toUpperCase() + "-230101-0001", UUID.randomUUID(),
				scope.procedure(), scope.agency(), applicant, (resolved != null) ? "RESOLVED" : "IN_PROGRESS",
				Timestamp.from(received), Timestamp.from(received), Timestamp.from(received), Timestamp.from(received),
				due, due, (resolved != null) ? Timestamp.from(resolved) : null);
		return id;
	}

	/**
	 * Counts the statistics of the agency's dossiers written here: no event tells the statistics
	 * about them. Call it once the agency's dossiers are written.
	 */
	public static void recount(JdbcTemplate jdbc, UUID agency) {
		StatisticsRecount.recount(jdbc, agency);
	}

}

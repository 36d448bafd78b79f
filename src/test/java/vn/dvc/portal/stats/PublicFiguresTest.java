package vn.dvc.portal.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.dossier.DossierStatistics;
import vn.dvc.portal.dossier.PublicFigures;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's figures of a year: past days are counted once into {@code dossier_day_figures},
 * by the day in Viet Nam, and give the same numbers as counting the dossiers themselves.
 */
@PortalTest
class PublicFiguresTest {

	/** A year no other test files dossiers in, so that this test is the first to count it. */
	private static final int YEAR = 2023;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	ApplicationContext context;

	@Test
	void aPastYearIsCountedByVietnameseDaysOnceAndAddsUp() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		UUID agency = UUID.randomUUID();
		UUID procedure = UUID.randomUUID();
		this.jdbc.update("insert into agency (id, code, name, admin_level) values (?, ?, ?, 'COMMUNE')", agency,
				"PUB." + suffix, "UBND xã Công Khai " + suffix);
		this.jdbc.update("""
				insert into procedure (id, code, name, field, agency_id, service_level, admin_level, processing_days, fee_vnd,
				  postal_return_offered, online_payment_offered, accepting_dossiers, search_text)
				values (?, ?, 'Thủ tục công khai', 'Thử', ?, 'FULL_ONLINE', 'COMMUNE', 10, 0, true, false, true, 'thu tuc cong khai')
				""", procedure, "PUB.P." + suffix, agency);
		UUID applicant = TestAccounts.activeCitizen(this.context, "Người nộp công khai", null).accountId().value();

		// Received on 1 January in Viet Nam, although still 31 December in UTC; resolved on time.
		dossier(agency, procedure, applicant, LocalDateTime.of(YEAR, 1, 1, 6, 0), "2023-01-20", LocalDateTime.of(YEAR, 1, 16, 9, 0));
		// Resolved late, the day after its due date.
		dossier(agency, procedure, applicant, LocalDateTime.of(YEAR, 6, 1, 9, 0), "2023-06-20", LocalDateTime.of(YEAR, 6, 21, 9, 0));
		// Resolved at 23:30 on its due date in Viet Nam (16:30 UTC): on time.
		dossier(agency, procedure, applicant, LocalDateTime.of(YEAR, 9, 4, 9, 0), "2023-09-20", LocalDateTime.of(YEAR, 9, 20, 23, 30));
		// Received at 23:30 on 31 December in Viet Nam: this year's; resolved the next year.
		dossier(agency, procedure, applicant, LocalDateTime.of(YEAR, 12, 31, 23, 30), "2024-01-20", LocalDateTime.of(YEAR + 1, 1, 5, 9, 0));
		// Received on 1 January of the next year at 00:30 in Viet Nam: not this year's.
		dossier(agency, procedure, applicant, LocalDateTime.of(YEAR + 1, 1, 1, 0, 30), "2024-01-20", null);

		PublicFigures first = this.statistics.publicFigures(YEAR);

		assertThat(first.received()).isEqualTo(4);
		assertThat(first.resolved()).isEqualTo(3);
		Map<String, Object> days = this.jdbc.queryForMap("""
				select count(*) as days, sum(received) as received, sum(resolved) as resolved,
				  sum(resolved_on_time) as on_time from dossier_day_figures where day between ? and ?
				""", Date.valueOf(LocalDate.of(YEAR, 1, 1)), Date.valueOf(LocalDate.of(YEAR, 12, 31)));
		assertThat(days).containsEntry("days", 365L)
			.containsEntry("received", java.math.BigDecimal.valueOf(4))
			.containsEntry("resolved", java.math.BigDecimal.valueOf(3))
			.containsEntry("on_time", java.math.BigDecimal.valueOf(2));
		assertThat(this.jdbc.queryForObject("select received from dossier_day_figures where day = ?", Long.class,
				Date.valueOf(LocalDate.of(YEAR, 1, 1)))).isEqualTo(1);

		PublicFigures again = this.statistics.publicFigures(YEAR);
		assertThat(again).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_day_figures where day between ? and ?",
				Long.class, Date.valueOf(LocalDate.of(YEAR, 1, 1)), Date.valueOf(LocalDate.of(YEAR, 12, 31))))
			.isEqualTo(365);
	}

	private void dossier(UUID agency, UUID procedure, UUID applicant, LocalDateTime receivedInVietnam, String due,
			LocalDateTime resolvedInVietnam) {
		UUID id = UUID.randomUUID();
		Instant received = receivedInVietnam.atZone(PortalTime.ZONE).toInstant();
		Instant resolved = (resolvedInVietnam != null) ? resolvedInVietnam.atZone(PortalTime.ZONE).toInstant() : null;
		this.jdbc.update("""
				insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
				  submitter_name, owner_name, postal_return, created_at, updated_at, submitted_at, received_at,
				  original_due_date, due_date, resolved_at, version, procedure_code, procedure_name, agency_name)
				values (?, ?, ?, ?, ?, ?, 'ONLINE', ?, 'Lê Công Khai', 'Lê Công Khai', false, ?, ?, ?, ?, ?, ?, ?,
				  0, 'PUB', 'Thủ tục công khai', 'UBND xã Công Khai')
				""", id, "PUB." + id.toString().substring(0, 8).toUpperCase() + "-230101-0001", UUID.randomUUID(),
				procedure, agency, applicant, (resolved != null) ? "RESOLVED" : "IN_PROGRESS", Timestamp.from(received),
				Timestamp.from(received), Timestamp.from(received), Timestamp.from(received), LocalDate.parse(due),
				LocalDate.parse(due), (resolved != null) ? Timestamp.from(resolved) : null);
	}

}

package vn.dvc.portal.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.ReportData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's figures of a year: each step counts on its day in Viet Nam, and the figures give
 * the same numbers as counting the dossiers themselves.
 */
@PortalTest
class PublicFiguresTest {

	/** A year no other test files dossiers in, so that this test is the first to count it. */
	private static final int YEAR = 2023;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Statistics statistics;

	@Autowired
	ApplicationContext context;

	@Test
	void aPastYearIsCountedByVietnameseDaysOnceAndAddsUp() {
		ReportData.Scope scope = ReportData.agencyWithProcedure(this.jdbc, "PUB", "UBND xã Công Khai", "Thủ tục công khai");
		UUID applicant = TestAccounts.activeCitizen(this.context, "Người nộp công khai", null).accountId().value();

		// Received on 1 January in Viet Nam, although still 31 December in UTC; resolved on time.
		dossier(scope, applicant, LocalDateTime.of(YEAR, 1, 1, 6, 0), "2023-01-20", LocalDateTime.of(YEAR, 1, 16, 9, 0));
		// Resolved late, the day after its due date.
		dossier(scope, applicant, LocalDateTime.of(YEAR, 6, 1, 9, 0), "2023-06-20", LocalDateTime.of(YEAR, 6, 21, 9, 0));
		// Resolved at 23:30 on its due date in Viet Nam (16:30 UTC): on time.
		dossier(scope, applicant, LocalDateTime.of(YEAR, 9, 4, 9, 0), "2023-09-20", LocalDateTime.of(YEAR, 9, 20, 23, 30));
		// Received at 23:30 on 31 December in Viet Nam: this year's; resolved the next year.
		dossier(scope, applicant, LocalDateTime.of(YEAR, 12, 31, 23, 30), "2024-01-20", LocalDateTime.of(YEAR + 1, 1, 5, 9, 0));
		// Received on 1 January of the next year at 00:30 in Viet Nam: not this year's.
		dossier(scope, applicant, LocalDateTime.of(YEAR + 1, 1, 1, 0, 30), "2024-01-20", null);

		ReportData.recount(this.jdbc, scope.agency());

		PublicFigures first = this.statistics.publicFigures(YEAR);

		assertThat(first.received()).isEqualTo(4);
		assertThat(first.resolved()).isEqualTo(3);
		Map<String, Object> days = this.jdbc.queryForMap("""
				select sum(received_online) as received, sum(resolved_on_time + resolved_late) as resolved,
				  sum(resolved_on_time) as on_time from stats_day_figures where agency_id = ? and day between ? and ?
				""", scope.agency(), Date.valueOf(LocalDate.of(YEAR, 1, 1)), Date.valueOf(LocalDate.of(YEAR, 12, 31)));
		assertThat(days).containsEntry("received", 4L).containsEntry("resolved", 3L).containsEntry("on_time", 2L);
		assertThat(this.jdbc.queryForObject("select received_online from stats_day_figures where agency_id = ? and day = ?",
				Long.class, scope.agency(), Date.valueOf(LocalDate.of(YEAR, 1, 1)))).isEqualTo(1);
		assertThat(this.statistics.publicFigures(YEAR)).isEqualTo(first);
	}

	private void dossier(ReportData.Scope scope, UUID applicant, LocalDateTime receivedInVietnam, String due,
			LocalDateTime resolvedInVietnam) {
		ReportData.receivedDossier(this.jdbc, scope, applicant, receivedInVietnam.atZone(PortalTime.ZONE).toInstant(),
				LocalDate.parse(due),
				(resolvedInVietnam != null) ? resolvedInVietnam.atZone(PortalTime.ZONE).toInstant() : null);
	}

}

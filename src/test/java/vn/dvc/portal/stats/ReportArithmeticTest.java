package vn.dvc.portal.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * The report's figures against dossiers built with known dates in an agency of their own: each
 * month and the year, and that they add up across rows, months and the year.
 */
@PortalTest
class ReportArithmeticTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Statistics statistics;

	@Autowired
	ApplicationContext context;

	private UUID agency;

	private UUID procedure;

	private UUID applicant;

	@BeforeEach
	void anAgencyOfItsOwn() {
		ReportData.Scope scope = ReportData.agencyWithProcedure(this.jdbc, "RPT", "UBND xã Báo Cáo", "Thủ tục báo cáo");
		this.agency = scope.agency();
		this.procedure = scope.procedure();
		this.applicant = TestAccounts.activeCitizen(this.context, "Người nộp báo cáo", null).accountId().value();
		// A: received and resolved on time in January.
		dossier("RETURNED", "ONLINE", at(2025, 1, 10), "2025-02-05", at(2025, 1, 20), null, null);
		// B: received in January, amendment requested, open and overdue at the end of February, resolved late in March.
		UUID b = dossier("RESOLVED", "ONLINE", at(2025, 1, 15), "2025-02-10", at(2025, 3, 10), null, null);
		this.jdbc.update("insert into amendment_request (id, dossier_id, requested_at, reason) values (?, ?, ?, 'Thiếu giấy tờ')",
				UUID.randomUUID(), b, java.sql.Timestamp.from(at(2025, 1, 20)));
		// C: received in December 2024, carried into January, resolved on time.
		dossier("RESOLVED", "ONLINE", at(2024, 12, 20), "2025-01-10", at(2025, 1, 5), null, null);
		// D: received at the counter in February and rejected after receipt.
		dossier("REJECTED", "COUNTER", at(2025, 2, 1), "2025-02-20", null, at(2025, 2, 3), null);
		// E: submitted online in February and not accepted: never received.
		dossier("REJECTED", "ONLINE", null, null, null, at(2025, 2, 6), null);
		// F: received by post in March and withdrawn.
		dossier("WITHDRAWN", "POSTAL", at(2025, 3, 1), "2025-03-20", null, at(2025, 3, 5), null);
		// G: received in March, still in progress, due in April.
		dossier("IN_PROGRESS", "ONLINE", at(2025, 3, 20), "2025-04-20", null, null, null);
		// H: received and resolved in February, result sent by post.
		dossier("RETURNED", "ONLINE", at(2025, 2, 10), "2025-03-01", at(2025, 2, 20), null, at(2025, 2, 25));
		ReportData.recount(this.jdbc, this.agency);
	}

	@Test
	void januaryCountsWhatHappenedInJanuary() {
		ReportRow january = row(ReportPeriod.month(YearMonth.of(2025, 1)));
		assertThat(january.carriedOver()).isEqualTo(1);
		assertThat(january.receivedOnline()).isEqualTo(2);
		assertThat(january.receivedCounter()).isZero();
		assertThat(january.resolvedOnTime()).isEqualTo(2);
		assertThat(january.resolvedLate()).isZero();
		assertThat(january.openOnTime()).isEqualTo(1);
		assertThat(january.openOverdue()).isZero();
		assertThat(january.amendmentRequested()).isEqualTo(1);
		assertThat(january.onTimeRate()).isEqualTo(1.0);
		assertThat(january.balances()).isTrue();
	}

	@Test
	void februaryCountsRejectionsRefusalsOverdueAndPost() {
		ReportRow february = row(ReportPeriod.month(YearMonth.of(2025, 2)));
		assertThat(february.carriedOver()).isEqualTo(1);
		assertThat(february.receivedOnline()).isEqualTo(1);
		assertThat(february.receivedCounter()).isEqualTo(1);
		assertThat(february.resolvedOnTime()).isEqualTo(1);
		assertThat(february.rejected()).isEqualTo(1);
		assertThat(february.refused()).isEqualTo(1);
		assertThat(february.openOverdue()).isEqualTo(1);
		assertThat(february.openOnTime()).isZero();
		assertThat(february.returnedByPost()).isEqualTo(1);
		assertThat(february.onTimeRate()).isEqualTo(0.5);
		assertThat(february.balances()).isTrue();
	}

	@Test
	void marchCountsTheLateResolutionAndTheWithdrawal() {
		ReportRow march = row(ReportPeriod.month(YearMonth.of(2025, 3)));
		assertThat(march.carriedOver()).isEqualTo(1);
		assertThat(march.receivedPostal()).isEqualTo(1);
		assertThat(march.receivedOnline()).isEqualTo(1);
		assertThat(march.resolvedLate()).isEqualTo(1);
		assertThat(march.resolvedOnTime()).isZero();
		assertThat(march.withdrawn()).isEqualTo(1);
		assertThat(march.openOnTime()).isEqualTo(1);
		assertThat(march.balances()).isTrue();
	}

	@Test
	void theYearIsTheSumOfItsMonthsAndEachMonthStartsWhereTheLastEnded() {
		ReportRow year = row(ReportPeriod.year(2025));
		assertThat(year.carriedOver()).isEqualTo(1);
		assertThat(year.received()).isEqualTo(6);
		assertThat(year.resolvedOnTime()).isEqualTo(3);
		assertThat(year.resolvedLate()).isEqualTo(1);
		assertThat(year.openOverdue()).isEqualTo(1);
		assertThat(year.balances()).isTrue();

		ReportRow sum = ReportRow.empty(null, null);
		ReportRow previous = null;
		for (int month = 1; month <= 12; month++) {
			ReportRow row = row(ReportPeriod.month(YearMonth.of(2025, month)));
			assertThat(row.balances()).as("month %d balances", month).isTrue();
			if (previous != null) {
				assertThat(row.carriedOver()).as("month %d starts where %d ended", month, month - 1)
					.isEqualTo(previous.open());
			}
			sum = sum.plus(row);
			previous = row;
		}
		assertThat(sum.received()).isEqualTo(year.received());
		assertThat(sum.resolvedOnTime()).isEqualTo(year.resolvedOnTime());
		assertThat(sum.resolvedLate()).isEqualTo(year.resolvedLate());
		assertThat(sum.rejected()).isEqualTo(year.rejected());
		assertThat(sum.withdrawn()).isEqualTo(year.withdrawn());
		assertThat(sum.refused()).isEqualTo(year.refused());
		assertThat(sum.amendmentRequested()).isEqualTo(year.amendmentRequested());
		assertThat(sum.returnedByPost()).isEqualTo(year.returnedByPost());
		assertThat(previous.open()).isEqualTo(year.open());
	}

	@Test
	void theAdministratorsReportHasOneRowPerAgencyThatAddsUpToTheTotal() {
		Report all = this.statistics.report(ReportPeriod.month(YearMonth.of(2025, 2)), Optional.empty());
		ReportRow ours = all.rows().stream().filter(row -> this.agency.equals(row.key())).findFirst().orElseThrow();
		assertThat(ours).usingRecursiveComparison().ignoringFields("key", "label").isEqualTo(row(ReportPeriod.month(YearMonth.of(2025, 2))));
		assertThat(ours.label()).startsWith("UBND xã Báo Cáo");
		ReportRow sum = all.rows().stream().reduce(ReportRow.empty(null, null), ReportRow::plus);
		assertThat(sum).usingRecursiveComparison().isEqualTo(all.total());
	}

	private ReportRow row(ReportPeriod period) {
		Report report = this.statistics.report(period, Optional.of(this.agency));
		assertThat(report.grouping()).isEqualTo(Report.Grouping.PROCEDURE);
		assertThat(report.rows()).hasSizeLessThanOrEqualTo(1);
		assertThat(report.total()).usingRecursiveComparison().ignoringFields("key", "label")
			.isEqualTo(report.rows().isEmpty() ? ReportRow.empty(null, null) : report.rows().get(0));
		return report.total();
	}

	private static Instant at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 9, 0).atZone(PortalTime.ZONE).toInstant();
	}

	private UUID dossier(String status, String channel, Instant received, String due, Instant resolved, Instant closed,
			Instant postedOn) {
		UUID id = UUID.randomUUID();
		Instant submitted = (received != null) ? received : closed.minusSeconds(86_400);
		LocalDate dueDate = (due != null) ? LocalDate.parse(due) : null;
		this.jdbc.update("""
				insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
				  submitter_name, owner_name, postal_return, recipient_name, recipient_phone, recipient_address,
				  recipient_province, created_at, updated_at, submitted_at, received_at, original_due_date, due_date,
				  resolved_at, returned_at, return_method, postal_item_number, dispatch_date, closed_at, closing_reason,
				  version, procedure_code, procedure_name, agency_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'Trần Văn Báo', 'Trần Văn Báo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  0, 'RPT', 'Thủ tục báo cáo', 'UBND xã Báo Cáo')
				""", id, "RPT." + id.toString().substring(0, 8).toUpperCase() + "-250101-0001", UUID.randomUUID(), this.procedure,
				this.agency, this.applicant, channel, status, postedOn != null, postedOn != null ? "Trần Văn Báo" : null,
				postedOn != null ? "0912345678" : null, postedOn != null ? "Thôn A" : null,
				postedOn != null ? "Tỉnh Hà Tĩnh" : null, ts(submitted), ts(submitted), ts(submitted), ts(received),
				dueDate, dueDate, ts(resolved),
				"RETURNED".equals(status) ? ts(postedOn != null ? postedOn : resolved.plusSeconds(86_400)) : null,
				"RETURNED".equals(status) ? (postedOn != null ? "POSTAL" : "COUNTER") : null,
				postedOn != null ? "EL123456789VN" : null, postedOn != null ? PortalTime.dayOf(postedOn) : null, ts(closed),
				closed != null ? "Lý do" : null);
		return id;
	}

	private static java.sql.Timestamp ts(Instant instant) {
		return (instant == null) ? null : java.sql.Timestamp.from(instant);
	}

}

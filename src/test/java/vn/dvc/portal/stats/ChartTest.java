package vn.dvc.portal.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.dossier.ReportPeriod;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's chart shows the monthly reports' figures, and nothing for months to come. */
@PortalTest
class ChartTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Statistics statistics;

	@Autowired
	ApplicationContext context;

	@Test
	void theChartDrawsTheMonthlyReportsFigures() {
		YearMonth current = YearMonth.now(PortalTime.ZONE);
		// The month before, in its own year's chart (December when it is January).
		YearMonth previous = current.minusMonths(1);
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		UUID agency = UUID.randomUUID();
		UUID procedure = UUID.randomUUID();
		this.jdbc.update("insert into agency (id, code, name, admin_level) values (?, ?, ?, 'COMMUNE')", agency,
				"CHT." + suffix, "UBND xã Biểu Đồ " + suffix);
		this.jdbc.update("""
				insert into procedure (id, code, name, field, agency_id, service_level, admin_level, processing_days, fee_vnd,
				  postal_return_offered, online_payment_offered, accepting_dossiers, search_text)
				values (?, ?, 'Thủ tục biểu đồ', 'Thử', ?, 'FULL_ONLINE', 'COMMUNE', 10, 0, true, false, true, 'thu tuc bieu do')
				""", procedure, "CHT.P." + suffix, agency);
		UUID applicant = TestAccounts.activeCitizen(this.context, "Người nộp biểu đồ", null).accountId().value();
		Instant receivedOn2nd = previous.atDay(2).atTime(9, 0).atZone(PortalTime.ZONE).toInstant();
		Instant resolvedOn10th = previous.atDay(10).atTime(9, 0).atZone(PortalTime.ZONE).toInstant();
		dossier(agency, procedure, applicant, receivedOn2nd, previous.atDay(20), resolvedOn10th);
		dossier(agency, procedure, applicant, receivedOn2nd, previous.atDay(5), null);
		dossier(agency, procedure, applicant, previous.atDay(3).atTime(9, 0).atZone(PortalTime.ZONE).toInstant(),
				previous.atDay(1).plusMonths(2), null);

		Chart chart = this.statistics.chart(previous.getYear(), Optional.of(agency));

		Chart.Month month = chart.months().get(previous.getMonthValue() - 1);
		assertThat(month.received()).isEqualTo(3);
		assertThat(month.resolved()).isEqualTo(1);
		// Resolved on time, one open and overdue, one open and not due: 2 of 3.
		assertThat(month.onTimeRate()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(month.onTimeRate()).isEqualTo(this.statistics
			.report(ReportPeriod.month(previous), Optional.of(agency))
			.total()
			.onTimeRate());
		assertThat(chart.max()).isEqualTo(3);
		for (Chart.Month later : chart.months().subList(previous.getMonthValue(), 12)) {
			if (YearMonth.of(previous.getYear(), later.number()).isAfter(current)) {
				assertThat(later.received()).isZero();
				assertThat(later.onTimeRate()).isNull();
			}
		}
		assertThat(this.statistics.chart(previous.getYear(), Optional.of(agency))).isEqualTo(chart);
	}

	private void dossier(UUID agency, UUID procedure, UUID applicant, Instant received, LocalDate due, Instant resolved) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
				  submitter_name, owner_name, postal_return, created_at, updated_at, submitted_at, received_at,
				  original_due_date, due_date, resolved_at, version, procedure_code, procedure_name, agency_name)
				values (?, ?, ?, ?, ?, ?, 'ONLINE', ?, 'Đỗ Văn Đồ', 'Đỗ Văn Đồ', false, ?, ?, ?, ?, ?, ?, ?,
				  0, 'CHT', 'Thủ tục biểu đồ', 'UBND xã Biểu Đồ')
				""", id, "CHT." + id.toString().substring(0, 8).toUpperCase() + "-260101-0001", UUID.randomUUID(),
				procedure, agency, applicant, (resolved != null) ? "RESOLVED" : "IN_PROGRESS", Timestamp.from(received),
				Timestamp.from(received), Timestamp.from(received), Timestamp.from(received), due, due,
				(resolved != null) ? Timestamp.from(resolved) : null);
	}

}

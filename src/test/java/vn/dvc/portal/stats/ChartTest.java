package vn.dvc.portal.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
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
		ReportData.Scope scope = ReportData.agencyWithProcedure(this.jdbc, "CHT", "UBND xã Biểu Đồ", "Thủ tục biểu đồ");
		UUID applicant = TestAccounts.activeCitizen(this.context, "Người nộp biểu đồ", null).accountId().value();
		Instant receivedOn2nd = previous.atDay(2).atTime(9, 0).atZone(PortalTime.ZONE).toInstant();
		Instant resolvedOn10th = previous.atDay(10).atTime(9, 0).atZone(PortalTime.ZONE).toInstant();
		ReportData.receivedDossier(this.jdbc, scope, applicant, receivedOn2nd, previous.atDay(20), resolvedOn10th);
		ReportData.receivedDossier(this.jdbc, scope, applicant, receivedOn2nd, previous.atDay(5), null);
		ReportData.receivedDossier(this.jdbc, scope, applicant, previous.atDay(3).atTime(9, 0).atZone(PortalTime.ZONE).toInstant(),
				previous.atDay(1).plusMonths(2), null);

		ReportData.recount(this.jdbc, scope.agency());
		Chart chart = this.statistics.chart(previous.getYear(), Optional.of(scope.agency()));

		Chart.Month month = chart.months().get(previous.getMonthValue() - 1);
		assertThat(month.received()).isEqualTo(3);
		assertThat(month.resolved()).isEqualTo(1);
		// Resolved on time, one open and overdue, one open and not due: 2 of 3.
		assertThat(month.onTimeRate()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(month.onTimeRate()).isEqualTo(this.statistics
			.report(ReportPeriod.month(previous), Optional.of(scope.agency()))
			.total()
			.onTimeRate());
		assertThat(chart.max()).isEqualTo(3);
		for (Chart.Month later : chart.months().subList(previous.getMonthValue(), 12)) {
			if (YearMonth.of(previous.getYear(), later.number()).isAfter(current)) {
				assertThat(later.received()).isZero();
				assertThat(later.onTimeRate()).isNull();
			}
		}
		assertThat(this.statistics.chart(previous.getYear(), Optional.of(scope.agency()))).isEqualTo(chart);
	}

}

package vn.dvc.portal.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import vn.dvc.portal.shared.PortalTime;

/** A reporting period: a month or a year, in Vietnamese days. */
public record ReportPeriod(LocalDate from, LocalDate until) {

	public ReportPeriod {
		if (!until.isAfter(from)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	public static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(month.atDay(1), month.plusMonths(1).atDay(1));
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	public Instant start() {
		return this.from.atStartOfDay(PortalTime.ZONE).toInstant();
	}

	public Instant end() {
		return this.until.atStartOfDay(PortalTime.ZONE).toInstant();
	}

	public boolean isMonth() {
		return this.from.getDayOfMonth() == 1 && this.from.plusMonths(1).equals(this.until);
	}

}

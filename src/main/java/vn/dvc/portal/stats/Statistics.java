package vn.dvc.portal.stats;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.dossier.DossierStatistics;
import vn.dvc.portal.dossier.LateDossier;
import vn.dvc.portal.dossier.PublicFigures;
import vn.dvc.portal.dossier.Report;
import vn.dvc.portal.dossier.ReportPeriod;
import vn.dvc.portal.dossier.ReportRow;
import vn.dvc.portal.dossier.WaitingReturn;
import vn.dvc.portal.rating.SatisfactionFigures;
import vn.dvc.portal.shared.PortalTime;

/** The statistics pages' service: reports, their exports, the chart and the public figures. */
@Service
public class Statistics {

	private static final int LATE_LIST = 200;

	private final DossierStatistics dossiers;

	private final ReportExports exports;

	private final Catalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	private final SatisfactionFigures satisfaction;

	/** The chart's months that are over; a few hundred entries per year of the portal's life. */
	private final Map<MonthKey, ReportRow> pastMonths = new ConcurrentHashMap<>();

	Statistics(DossierStatistics dossiers, ReportExports exports, Catalog catalog, MessageSource messages,
			Clock clock, SatisfactionFigures satisfaction) {
		this.dossiers = dossiers;
		this.exports = exports;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
		this.satisfaction = satisfaction;
	}

	public Report report(ReportPeriod period, Optional<UUID> agency) {
		return this.dossiers.report(period, agency);
	}

	/**
	 * The year month by month, from the same monthly reports as the table. A month that is over is
	 * computed once: every step of a dossier is dated when it happens, so its figures are final.
	 * Months to come are empty.
	 */
	public Chart chart(int year, Optional<UUID> agency) {
		YearMonth current = YearMonth.now(this.clock.withZone(PortalTime.ZONE));
		List<long[]> flows = new ArrayList<>();
		List<Double> rates = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth yearMonth = YearMonth.of(year, month);
			if (yearMonth.isAfter(current)) {
				flows.add(new long[] { 0, 0 });
				rates.add(null);
				continue;
			}
			ReportRow total = yearMonth.isBefore(current) ? pastMonth(yearMonth, agency) : monthTotal(yearMonth, agency);
			flows.add(new long[] { total.received(), total.resolved() });
			rates.add(total.onTimeRate());
		}
		return Chart.of(flows, rates);
	}

	private ReportRow pastMonth(YearMonth month, Optional<UUID> agency) {
		MonthKey key = new MonthKey(month, agency.orElse(null));
		ReportRow total = this.pastMonths.get(key);
		if (total == null) {
			total = monthTotal(month, agency);
			this.pastMonths.put(key, total);
		}
		return total;
	}

	private ReportRow monthTotal(YearMonth month, Optional<UUID> agency) {
		return this.dossiers.report(ReportPeriod.month(month), agency).total();
	}

	/** A month of one agency, or of all of them when the agency is null. */
	private record MonthKey(YearMonth month, UUID agency) {
	}

	public List<LateDossier> late(Optional<UUID> agency) {
		return this.dossiers.late(agency, LATE_LIST);
	}

	public PublicFigures publicFigures(int year) {
		return this.dossiers.publicFigures(year);
	}

	public List<WaitingReturn> waitingForReturn() {
		return this.dossiers.waitingForReturn(10);
	}

	public byte[] xlsx(ReportPeriod period, Optional<UUID> agency, Locale locale) {
		return this.exports.xlsx(report(period, agency), title(period, agency, locale), locale,
				this.satisfaction.report(period.from(), period.until(), agency));
	}

	public byte[] csv(ReportPeriod period, Optional<UUID> agency, Locale locale) {
		return this.exports.csv(report(period, agency), locale,
				this.satisfaction.report(period.from(), period.until(), agency));
	}

	String title(ReportPeriod period, Optional<UUID> agency, Locale locale) {
		String scope = agency.flatMap(id -> this.catalog.agency(new vn.dvc.portal.catalog.AgencyId(id)))
			.map(vn.dvc.portal.catalog.AgencySummary::name)
			.orElseGet(() -> this.messages.getMessage("stats.allAgencies", null, locale));
		// The year as text: as a number, MessageFormat would group its digits ("2.025" in Vietnamese).
		String when = period.isMonth()
				? this.messages.getMessage("stats.monthOf", new Object[] { period.from().getMonthValue(), String.valueOf(period.from().getYear()) }, locale)
				: this.messages.getMessage("stats.yearOf", new Object[] { String.valueOf(period.from().getYear()) }, locale);
		return this.messages.getMessage("stats.title", null, locale) + " - " + scope + " - " + when;
	}

}

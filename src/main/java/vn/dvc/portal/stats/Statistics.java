package vn.dvc.portal.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.rating.SatisfactionFigures;
import vn.dvc.portal.shared.PortalTime;

/**
 * The statistics pages' service: reports, their exports, the chart, the late list and the public
 * figures, all read from the module's own tables, which {@link DossierFigures} fills from the
 * dossiers' events. Every figure of a report comes from the same day counts, so rows, totals,
 * months and years add up, and every node reads the same numbers.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

	private static final int LATE_LIST = 200;

	private final StatisticsFigures figures;

	private final ReportExports exports;

	private final Catalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	private final SatisfactionFigures satisfaction;

	Statistics(StatisticsFigures figures, ReportExports exports, Catalog catalog, MessageSource messages,
			Clock clock, SatisfactionFigures satisfaction) {
		this.figures = figures;
		this.exports = exports;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
		this.satisfaction = satisfaction;
	}

	/**
	 * The report of a period: for one agency, a row per procedure; for all agencies (agency empty),
	 * a row per agency.
	 */
	public Report report(ReportPeriod period, Optional<UUID> agency) {
		Report.Grouping grouping = agency.isPresent() ? Report.Grouping.PROCEDURE : Report.Grouping.AGENCY;
		Instant asOf = asOf(period);
		Function<UUID, String> labels = (grouping == Report.Grouping.PROCEDURE)
				? id -> this.catalog.procedure(new ProcedureId(id))
					.map(procedure -> procedure.summary().name())
					.orElse(id.toString())
				: id -> this.catalog.agency(new AgencyId(id)).map(AgencySummary::name).orElse(id.toString());
		List<ReportRow> labelled = new ArrayList<>();
		this.figures.rows(period, agency, asOf).values().forEach(row -> labelled.add(row.labelled(labels.apply(row.key()))));
		labelled.sort(Comparator.comparing(ReportRow::label));
		return new Report(period, grouping, List.copyOf(labelled), total(labelled), asOf);
	}

	/** The open ones are counted at the end of the period, or now if it is not over. */
	private Instant asOf(ReportPeriod period) {
		Instant now = this.clock.instant();
		return now.isBefore(period.end()) ? now : period.end();
	}

	private static ReportRow total(List<ReportRow> rows) {
		return rows.stream().reduce(ReportRow.empty(null, null), ReportRow::plus);
	}

	/**
	 * The year month by month, from the same figures as the monthly reports. Every month is read
	 * from the figures (a few rows each), so a correction shows at once and every node agrees.
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
			ReportPeriod period = ReportPeriod.month(yearMonth);
			ReportRow total = total(List.copyOf(this.figures.rows(period, agency, asOf(period)).values()));
			flows.add(new long[] { total.received(), total.resolved() });
			rates.add(total.onTimeRate());
		}
		return Chart.of(flows, rates);
	}

	public List<LateDossier> late(Optional<UUID> agency) {
		return this.figures.late(agency, today(), LATE_LIST);
	}

	public PublicFigures publicFigures(int year) {
		return this.figures.publicFigures(year, today());
	}

	public List<WaitingReturn> waitingForReturn() {
		return this.figures.waitingForReturn(10);
	}

	/** Today in Viet Nam, by the injected clock. */
	public LocalDate today() {
		return PortalTime.dayOf(this.clock.instant());
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
		String scope = agency.flatMap(id -> this.catalog.agency(new AgencyId(id)))
			.map(AgencySummary::name)
			.orElseGet(() -> this.messages.getMessage("stats.allAgencies", null, locale));
		// The year as text: as a number, MessageFormat would group its digits ("2.025" in Vietnamese).
		String when = period.isMonth()
				? this.messages.getMessage("stats.monthOf", new Object[] { period.from().getMonthValue(), String.valueOf(period.from().getYear()) }, locale)
				: this.messages.getMessage("stats.yearOf", new Object[] { String.valueOf(period.from().getYear()) }, locale);
		return this.messages.getMessage("stats.title", null, locale) + " - " + scope + " - " + when;
	}

}

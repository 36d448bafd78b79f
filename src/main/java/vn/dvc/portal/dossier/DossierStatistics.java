package vn.dvc.portal.dossier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.shared.PortalTime;

/**
 * The numbers of the monthly report, the late list and the public figures, read straight from the
 * dossiers with a few aggregate queries (their indexes are in V3). Every figure of a report comes
 * from the same rules, so rows, totals, months and years add up.
 */
@Service
@Transactional(readOnly = true)
public class DossierStatistics {

	/** The day a dossier was resolved on, in Viet Nam, to compare with its due date. */
	private static final String RESOLVED_DAY = "(d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date";

	private static final String OPEN_AT_END = "d.received_at < :asOf and (d.finished_at is null or d.finished_at >= :asOf)";

	private static final String FLOWS = """
			select d.%1$s as k,
			  count(*) filter (where d.received_at < :start and (d.finished_at is null or d.finished_at >= :start)) as carried,
			  count(*) filter (where d.received_at >= :start and d.received_at < :end and d.channel = 'ONLINE') as online,
			  count(*) filter (where d.received_at >= :start and d.received_at < :end and d.channel = 'COUNTER') as counter,
			  count(*) filter (where d.received_at >= :start and d.received_at < :end and d.channel = 'POSTAL') as postal,
			  count(*) filter (where d.resolved_at >= :start and d.resolved_at < :end and %2$s <= d.due_date) as on_time,
			  count(*) filter (where d.resolved_at >= :start and d.resolved_at < :end and %2$s > d.due_date) as late,
			  count(*) filter (where %3$s and d.due_date >= :asOfDay) as open_on_time,
			  count(*) filter (where %3$s and d.due_date < :asOfDay) as open_overdue,
			  count(*) filter (where d.status = 'REJECTED' and d.closed_at >= :start and d.closed_at < :end) as rejected,
			  count(*) filter (where d.status = 'WITHDRAWN' and d.closed_at >= :start and d.closed_at < :end) as withdrawn
			from (
			  select %5$s from dossier d
			  where d.received_at is not null and d.finished_at >= :start and d.received_at < :end %4$s
			  union all
			  select %5$s from dossier d
			  where d.received_at is not null and d.finished_at is null and d.received_at < :end %4$s
			) d
			group by d.%1$s
			""";

	/** The columns of a dossier that a report reads, all of them in the indexes it uses. */
	private static final String REPORT_COLUMNS = "d.agency_id, d.procedure_id, d.channel, d.received_at, d.resolved_at, "
			+ "d.due_date, d.finished_at, d.status, d.closed_at";

	private static final String REFUSED = """
			select d.%1$s as k, count(*) as n from dossier d
			where d.received_at is null and d.status = 'REJECTED' and d.closed_at >= :start and d.closed_at < :end %2$s
			group by d.%1$s
			""";

	private static final String POSTED = """
			select d.%1$s as k, count(*) as n from dossier d
			where d.return_method = 'POSTAL' and d.returned_at >= :start and d.returned_at < :end %2$s
			group by d.%1$s
			""";

	private static final String AMENDMENTS = """
			select d.%1$s as k, count(*) as n from amendment_request a join dossier d on d.id = a.dossier_id
			where a.requested_at >= :start and a.requested_at < :end %2$s
			group by d.%1$s
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Catalog catalog;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DossierStatistics(NamedParameterJdbcTemplate jdbc, Catalog catalog, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The report of a period: for one agency, a row per procedure; for all agencies (agency empty),
	 * a row per agency.
	 */
	public Report report(ReportPeriod period, Optional<UUID> agency) {
		Report.Grouping grouping = agency.isPresent() ? Report.Grouping.PROCEDURE : Report.Grouping.AGENCY;
		String column = (grouping == Report.Grouping.PROCEDURE) ? "procedure_id" : "agency_id";
		String scope = agency.isPresent() ? "and d.agency_id = :agency" : "";
		Instant now = this.clock.instant();
		Instant asOf = now.isBefore(period.end()) ? now : period.end();
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("start", Timestamp.from(period.start()))
			.addValue("end", Timestamp.from(period.end()))
			.addValue("asOf", Timestamp.from(asOf))
			.addValue("asOfDay", Date.valueOf(PortalTime.dayOf(asOf.minusNanos(1))))
			.addValue("agency", agency.orElse(null));
		Map<UUID, ReportRow> rows = new HashMap<>();
		this.jdbc.query(FLOWS.formatted(column, RESOLVED_DAY, OPEN_AT_END, scope, REPORT_COLUMNS), parameters, (ResultSet rs) -> {
			UUID key = rs.getObject("k", UUID.class);
			rows.put(key, new ReportRow(key, null, rs.getLong("carried"), rs.getLong("online"), rs.getLong("counter"),
					rs.getLong("postal"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("open_on_time"),
					rs.getLong("open_overdue"), rs.getLong("rejected"), rs.getLong("withdrawn"), 0, 0, 0));
		});
		addCounts(rows, REFUSED.formatted(column, scope), parameters,
				(row, n) -> new ReportRow(row.key(), null, row.carriedOver(), row.receivedOnline(), row.receivedCounter(),
						row.receivedPostal(), row.resolvedOnTime(), row.resolvedLate(), row.openOnTime(),
						row.openOverdue(), row.rejected(), row.withdrawn(), n, row.amendmentRequested(),
						row.returnedByPost()));
		addCounts(rows, AMENDMENTS.formatted(column, scope), parameters,
				(row, n) -> new ReportRow(row.key(), null, row.carriedOver(), row.receivedOnline(), row.receivedCounter(),
						row.receivedPostal(), row.resolvedOnTime(), row.resolvedLate(), row.openOnTime(),
						row.openOverdue(), row.rejected(), row.withdrawn(), row.refused(), n, row.returnedByPost()));
		addCounts(rows, POSTED.formatted(column, scope), parameters,
				(row, n) -> new ReportRow(row.key(), null, row.carriedOver(), row.receivedOnline(), row.receivedCounter(),
						row.receivedPostal(), row.resolvedOnTime(), row.resolvedLate(), row.openOnTime(),
						row.openOverdue(), row.rejected(), row.withdrawn(), row.refused(), row.amendmentRequested(), n));
		Function<UUID, String> labels = (grouping == Report.Grouping.PROCEDURE)
				? id -> this.catalog.procedure(new vn.dvc.portal.catalog.ProcedureId(id))
					.map(procedure -> procedure.summary().name())
					.orElse(id.toString())
				: id -> this.catalog.agency(new vn.dvc.portal.catalog.AgencyId(id))
					.map(vn.dvc.portal.catalog.AgencySummary::name)
					.orElse(id.toString());
		List<ReportRow> labelled = new ArrayList<>();
		rows.values().forEach(row -> labelled.add(row.labelled(labels.apply(row.key()))));
		labelled.sort(Comparator.comparing(ReportRow::label));
		ReportRow total = labelled.stream().reduce(ReportRow.empty(null, null), ReportRow::plus);
		return new Report(period, grouping, List.copyOf(labelled), total, asOf);
	}

	/**
	 * The year's figures of the whole portal, for the home page. Days before today come from
	 * {@code dossier_day_figures}: a dossier is received and resolved at the moment it happens, so a
	 * past day's counts never change, and they are counted once, the first time they are asked for.
	 * Today and the dossiers still in progress are counted live.
	 */
	@Transactional
	public PublicFigures publicFigures(int year) {
		ReportPeriod period = ReportPeriod.year(year);
		LocalDate today = PortalTime.dayOf(this.clock.instant());
		// The days of the year before today, up to the year's end.
		LocalDate pastUntil = period.until().isBefore(today) ? period.until()
				: today.isAfter(period.from()) ? today : period.from();
		countPastDays(period.from(), pastUntil);
		long[] past = this.jdbc.queryForObject("""
				select coalesce(sum(received), 0) as received, coalesce(sum(resolved), 0) as resolved,
				  coalesce(sum(resolved_on_time), 0) as on_time
				from dossier_day_figures where day >= :from and day < :until
				""", new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
			.addValue("until", Date.valueOf(pastUntil)),
				(rs, n) -> new long[] { rs.getLong("received"), rs.getLong("resolved"), rs.getLong("on_time") });
		long received = past[0];
		long resolved = past[1];
		long resolvedOnTime = past[2];
		if (pastUntil.isBefore(period.until())) {
			MapSqlParameterSource live = new MapSqlParameterSource()
				.addValue("start", Timestamp.from(pastUntil.atStartOfDay(PortalTime.ZONE).toInstant()))
				.addValue("end", Timestamp.from(period.end()));
			received += this.jdbc.queryForObject(
					"select count(*) from dossier d where d.received_at >= :start and d.received_at < :end", live, Long.class);
			long[] now = this.jdbc.queryForObject("select count(*) filter (where " + RESOLVED_DAY
					+ " <= d.due_date) as on_time, count(*) as total from dossier d where d.resolved_at >= :start and d.resolved_at < :end",
					live, (rs, n) -> new long[] { rs.getLong("on_time"), rs.getLong("total") });
			resolved += now[1];
			resolvedOnTime += now[0];
		}
		long[] open = this.jdbc.queryForObject(
				"select count(*) filter (where d.due_date >= :today) as on_time, count(*) as total from dossier d "
						+ "where d.status in ('RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED', 'PAYMENT_REQUESTED')",
				new MapSqlParameterSource("today", Date.valueOf(today)),
				(rs, n) -> new long[] { rs.getLong("on_time"), rs.getLong("total") });
		long all = resolved + open[1];
		Double rate = (all == 0) ? null : (double) (resolvedOnTime + open[0]) / all;
		return new PublicFigures(year, received, resolved, rate);
	}

	/**
	 * Counts the days from {@code from} up to, not including, {@code until} that are not yet in
	 * {@code dossier_day_figures}: from the first missing one on, in one pass, keeping the days
	 * already counted.
	 */
	private void countPastDays(LocalDate from, LocalDate until) {
		if (!from.isBefore(until)) {
			return;
		}
		// Usually only the days since the last visit are missing: count from the first of them.
		Date firstMissing = this.jdbc.queryForObject("""
				select min(g::date) from generate_series(cast(:from as date), cast(:until as date) - 1, interval '1 day') g
				where not exists (select 1 from dossier_day_figures f where f.day = g::date)
				""", new MapSqlParameterSource().addValue("from", Date.valueOf(from)).addValue("until", Date.valueOf(until)),
				Date.class);
		if (firstMissing == null) {
			return;
		}
		LocalDate missingFrom = firstMissing.toLocalDate();
		MapSqlParameterSource days = new MapSqlParameterSource().addValue("from", Date.valueOf(missingFrom))
			.addValue("until", Date.valueOf(until))
			.addValue("start", Timestamp.from(missingFrom.atStartOfDay(PortalTime.ZONE).toInstant()))
			.addValue("end", Timestamp.from(until.atStartOfDay(PortalTime.ZONE).toInstant()));
		this.jdbc.update("""
				insert into dossier_day_figures (day, received, resolved, resolved_on_time)
				select day, sum(received), sum(resolved), sum(on_time) from (
				  select g::date as day, 0 as received, 0 as resolved, 0 as on_time
				  from generate_series(cast(:from as date), cast(:until as date) - 1, interval '1 day') g
				  union all
				  select (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date, count(*), 0, 0 from dossier d
				  where d.received_at >= :start and d.received_at < :end group by 1
				  union all
				  select %1$s, 0, count(*), count(*) filter (where %1$s <= d.due_date) from dossier d
				  where d.resolved_at >= :start and d.resolved_at < :end group by 1
				) counted
				group by day
				on conflict (day) do nothing
				""".formatted(RESOLVED_DAY), days);
	}

		/** Dossiers past their due date and still in progress, the latest first; all agencies when empty. */
	public List<LateDossier> late(Optional<UUID> agency, int limit) {
		LocalDate today = PortalTime.dayOf(this.clock.instant());
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("today", Date.valueOf(today))
			.addValue("agency", agency.orElse(null))
			.addValue("limit", limit);
		String scope = agency.isPresent() ? "and d.agency_id = :agency" : "";
		WorkingCalendar.Span span = this.calendar.span(today.minusYears(3), today);
		return this.jdbc.query("""
				select d.id, d.code, d.procedure_name, d.agency_name, d.due_date,
				  (select t.actor_name from dossier_transition t where t.dossier_id = d.id
				   order by t.occurred_at desc limit 1) as held_by
				from dossier d
				where d.status in ('RECEIVED', 'IN_PROGRESS') and d.due_date < :today %s
				order by d.due_date, d.code limit :limit
				""".formatted(scope), parameters, (rs, n) -> {
			LocalDate due = rs.getDate("due_date").toLocalDate();
			return new LateDossier(new DossierId(rs.getObject("id", UUID.class)), rs.getString("code"),
					rs.getString("procedure_name"), rs.getString("agency_name"), due,
					span.workingDaysBetween(due, today), rs.getString("held_by"));
		});
	}

	/** The latest resolved dossiers whose results wait to be collected, names masked. */
	public List<WaitingReturn> waitingForReturn(int limit) {
		return this.jdbc.query("""
				select d.owner_name, d.submitter_name, d.procedure_name, d.agency_name from dossier d
				where d.status = 'RESOLVED' order by d.resolved_at desc limit :limit
				""", new MapSqlParameterSource("limit", limit),
				(rs, n) -> new WaitingReturn(
						WaitingReturn.mask(rs.getString("owner_name") != null ? rs.getString("owner_name")
								: rs.getString("submitter_name")),
						rs.getString("procedure_name"), rs.getString("agency_name")));
	}

	private void addCounts(Map<UUID, ReportRow> rows, String sql, MapSqlParameterSource parameters,
			java.util.function.BiFunction<ReportRow, Long, ReportRow> with) {
		this.jdbc.query(sql, parameters, (ResultSet rs) -> {
			UUID key = rs.getObject("k", UUID.class);
			long n = rs.getLong("n");
			rows.put(key, with.apply(rows.getOrDefault(key, ReportRow.empty(key, null)), n));
		});
	}

}

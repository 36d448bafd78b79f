package vn.dvc.portal.stats;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.shared.PortalTime;

/**
 * Reads the module's own figures. A report's flows are sums of the month figures of its period;
 * what is open at a moment is a running sum: what was received before it minus what finished, and,
 * of those, the overdue ones are those that turned overdue minus those that finished overdue.
 */
@Component
class StatisticsFigures {

	private static final String FINISHED = "(resolved_on_time + resolved_late + rejected + withdrawn)";

	private static final String RECEIVED = "(received_online + received_counter + received_postal)";

	private static final String FLOWS = """
			select %1$s as k,
			  sum(%2$s - %3$s) filter (where month < :from) as carried,
			  sum(received_online) filter (where month >= :from) as online,
			  sum(received_counter) filter (where month >= :from) as counter,
			  sum(received_postal) filter (where month >= :from) as postal,
			  sum(resolved_on_time) filter (where month >= :from) as on_time,
			  sum(resolved_late) filter (where month >= :from) as late,
			  sum(rejected) filter (where month >= :from) as rejected,
			  sum(withdrawn) filter (where month >= :from) as withdrawn,
			  sum(refused) filter (where month >= :from) as refused,
			  sum(amendments_requested) filter (where month >= :from) as amendments,
			  sum(returned_by_post) filter (where month >= :from) as posted,
			  sum(turned_overdue - left_overdue) filter (where month < :asOfMonth) as overdue
			from stats_month_figures where month < :until %4$s
			group by %1$s
			""";

	/** The overdue ones of the days of the last month, up to the day asked for. */
	private static final String OVERDUE_DAYS = """
			select %1$s as k, sum(turned_overdue - left_overdue) as overdue from stats_day_figures
			where day >= :asOfMonth and day <= :asOfDay %2$s
			group by %1$s
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	StatisticsFigures(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/**
	 * The rows of a period, unlabelled, by procedure (one agency) or by agency (all); a row only for
	 * what had dossiers open or steps in the period.
	 * @param asOf the moment the open ones are counted at: the end of the period, or now
	 */
	Map<UUID, ReportRow> rows(ReportPeriod period, Optional<UUID> agency, Instant asOf) {
		String key = agency.isPresent() ? "procedure_id" : "agency_id";
		String scope = agency.isPresent() ? "and agency_id = :agency" : "";
		LocalDate asOfDay = PortalTime.dayOf(asOf.minusNanos(1));
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
			.addValue("until", Date.valueOf(period.until()))
			.addValue("asOfMonth", Date.valueOf(asOfDay.withDayOfMonth(1)))
			.addValue("asOfDay", Date.valueOf(asOfDay))
			.addValue("agency", agency.orElse(null));
		Map<UUID, Long> overdueDays = new HashMap<>();
		this.jdbc.query(OVERDUE_DAYS.formatted(key, scope), parameters,
				(ResultSet rs) -> {
					overdueDays.put(rs.getObject("k", UUID.class), rs.getLong("overdue"));
				});
		Map<UUID, ReportRow> rows = new HashMap<>();
		this.jdbc.query(FLOWS.formatted(key, RECEIVED, FINISHED, scope), parameters, (ResultSet rs) -> {
			UUID k = rs.getObject("k", UUID.class);
			ReportRow row = row(rs, k, overdueDays.getOrDefault(k, 0L));
			if (row.carriedOver() + row.received() + row.refused() + row.amendmentRequested()
					+ row.returnedByPost() > 0) {
				rows.put(k, row);
			}
		});
		return rows;
	}

	private static ReportRow row(ResultSet rs, UUID key, long overdueDays) throws SQLException {
		long carried = rs.getLong("carried");
		long online = rs.getLong("online");
		long counter = rs.getLong("counter");
		long postal = rs.getLong("postal");
		long onTime = rs.getLong("on_time");
		long late = rs.getLong("late");
		long rejected = rs.getLong("rejected");
		long withdrawn = rs.getLong("withdrawn");
		long open = carried + online + counter + postal - onTime - late - rejected - withdrawn;
		long overdue = rs.getLong("overdue") + overdueDays;
		return new ReportRow(key, null, carried, online, counter, postal, onTime, late, open - overdue, overdue,
				rejected, withdrawn, rs.getLong("refused"), rs.getLong("amendments"), rs.getLong("posted"));
	}

	/** The year's figures of the whole portal; the open ones as they stand today. */
	PublicFigures publicFigures(int year, LocalDate today) {
		ReportPeriod period = ReportPeriod.year(year);
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
			.addValue("until", Date.valueOf(period.until()))
			.addValue("month", Date.valueOf(today.withDayOfMonth(1)))
			.addValue("today", Date.valueOf(today));
		return this.jdbc.queryForObject("""
				select
				  coalesce(sum(%1$s) filter (where month >= :from and month < :until), 0) as received,
				  coalesce(sum(resolved_on_time + resolved_late) filter (where month >= :from and month < :until), 0) as resolved,
				  coalesce(sum(resolved_on_time) filter (where month >= :from and month < :until), 0) as on_time,
				  coalesce(sum(%1$s - %2$s), 0) as open,
				  coalesce(sum(turned_overdue - left_overdue) filter (where month < :month), 0)
				    + (select coalesce(sum(turned_overdue - left_overdue), 0) from stats_day_figures
				       where day >= :month and day <= :today) as overdue
				from stats_month_figures
				""".formatted(RECEIVED, FINISHED), parameters, (rs, n) -> {
			long resolved = rs.getLong("resolved");
			long open = rs.getLong("open");
			long openOnTime = open - rs.getLong("overdue");
			long all = resolved + open;
			Double rate = (all == 0) ? null : (double) (rs.getLong("on_time") + openOnTime) / all;
			return new PublicFigures(year, rs.getLong("received"), resolved, rate);
		});
	}

	/** Dossiers past their due date and still in progress, the most overdue first; all agencies when empty. */
	List<LateDossier> late(Optional<UUID> agency, LocalDate today, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("today", Date.valueOf(today))
			.addValue("agency", agency.orElse(null))
			.addValue("limit", limit);
		String scope = agency.isPresent() ? "and agency_id = :agency" : "";
		WorkingCalendar.Span span = this.calendar.span(today.minusYears(3), today);
		return this.jdbc.query("""
				select dossier_id, code, procedure_name, agency_name, due_date, held_by from stats_dossier
				where status in ('RECEIVED', 'IN_PROGRESS') and due_date < :today %s
				order by due_date, code limit :limit
				""".formatted(scope), parameters, (rs, n) -> {
			LocalDate due = rs.getDate("due_date").toLocalDate();
			return new LateDossier(rs.getObject("dossier_id", UUID.class), rs.getString("code"),
					rs.getString("procedure_name"), rs.getString("agency_name"), due,
					span.workingDaysBetween(due, today), rs.getString("held_by"));
		});
	}

	/** The latest resolved dossiers whose results wait to be collected, names masked. */
	List<WaitingReturn> waitingForReturn(int limit) {
		return this.jdbc.query("""
				select owner_name, procedure_name, agency_name from stats_dossier
				where status = 'RESOLVED' order by resolved_at desc limit :limit
				""", new MapSqlParameterSource("limit", limit), (rs, n) -> new WaitingReturn(
				WaitingReturn.mask(rs.getString("owner_name")), rs.getString("procedure_name"), rs.getString("agency_name")));
	}

}

package vn.dvc.portal.stats;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Counts the figures of dossiers that exist from the dossier tables themselves, once: when the
 * statistics started to be fed by events (the migration {@link StatisticsBackfill}), and for dossiers
 * written straight into the tables, as the statistics tests and the benchmark do. It is the one
 * place in stats that reads the dossiers' tables, and it counts each step by the same rules as
 * {@link DossierFigures} does from the events, so that both give the same numbers.
 */
final class FigureRecount {

	private static final String DAY = "(%s at time zone 'Asia/Ho_Chi_Minh')::date";

	/** Each step a dossier has taken, as a row (agency, procedure, day, figure). */
	private static final String STEPS = """
			with d as (
			  select d.*, %1$s as received_day, %2$s as finished_day from dossier d
			  where d.status <> 'DRAFT' and (cast(:agency as uuid) is null or d.agency_id = cast(:agency as uuid))
			), steps (agency_id, procedure_id, day, figure) as (
			  select agency_id, procedure_id, received_day, case channel when 'ONLINE' then 'received_online'
			    when 'COUNTER' then 'received_counter' else 'received_postal' end
			  from d where received_at is not null
			  union all
			  select agency_id, procedure_id, %3$s,
			    case when %3$s <= due_date then 'resolved_on_time' else 'resolved_late' end
			  from d where resolved_at is not null
			  union all
			  select agency_id, procedure_id, %4$s, case when status = 'WITHDRAWN' then 'withdrawn'
			    when received_at is null then 'refused' else 'rejected' end
			  from d where closed_at is not null and (status = 'REJECTED' or (status = 'WITHDRAWN' and received_at is not null))
			  union all
			  select d.agency_id, d.procedure_id, %5$s, 'amendments_requested'
			  from d join amendment_request a on a.dossier_id = d.id
			  union all
			  select agency_id, procedure_id, %6$s, 'returned_by_post'
			  from d where return_method = 'POSTAL' and returned_at is not null
			  union all
			  select agency_id, procedure_id, greatest(due_date + 1, received_day), 'turned_overdue'
			  from d where received_at is not null and (finished_at is null or finished_day > due_date)
			  union all
			  select agency_id, procedure_id, finished_day, 'left_overdue'
			  from d where received_at is not null and finished_at is not null and finished_day > due_date
			)
			insert into stats_day_figures (agency_id, procedure_id, day, %7$s)
			select agency_id, procedure_id, day, %8$s from steps group by agency_id, procedure_id, day
			""".formatted(DAY.formatted("d.received_at"), DAY.formatted("d.finished_at"), DAY.formatted("resolved_at"),
			DAY.formatted("closed_at"), DAY.formatted("a.requested_at"), DAY.formatted("returned_at"),
			columns("%s"), columns("count(*) filter (where figure = '%s')"));

	private static final String MONTHS = """
			insert into stats_month_figures (agency_id, procedure_id, month, %1$s)
			select agency_id, procedure_id, date_trunc('month', day)::date, %2$s from stats_day_figures
			where cast(:agency as uuid) is null or agency_id = cast(:agency as uuid)
			group by agency_id, procedure_id, date_trunc('month', day)::date
			""".formatted(columns("%s"), columns("sum(%s)"));

	private static final String DOSSIERS = """
			insert into stats_dossier (dossier_id, agency_id, counted, sequence, status, code, procedure_name,
			  agency_name, due_date, held_by, resolved_at, owner_name)
			select d.id, d.agency_id, %s, coalesce(t.steps, 0), d.status, d.code, d.procedure_name, d.agency_name,
			  d.due_date, t.actor_name, d.resolved_at, coalesce(d.owner_name, d.submitter_name)
			from dossier d
			left join amendment_request a on a.dossier_id = d.id
			left join lateral (select count(*) over () as steps, t.actor_name from dossier_transition t
			                   where t.dossier_id = d.id order by t.occurred_at desc limit 1) t on true
			where d.status <> 'DRAFT' and (cast(:agency as uuid) is null or d.agency_id = cast(:agency as uuid))
			""".formatted(Arrays.stream(CountedStep.values())
		.map(step -> "(case when " + step.taken + " then " + step.bit + " else 0 end)")
		.collect(Collectors.joining(" + ")));

	private FigureRecount() {
	}

	/**
	 * Counts again the figures of one agency's dossiers, or of all when the agency is null, replacing
	 * what was counted before. Only for dossiers whose events will not come: a step counted here and
	 * again from its event would count twice, which the counted bits prevent only for dossiers counted
	 * here before the event arrives.
	 */
	static void recount(NamedParameterJdbcTemplate jdbc, UUID agency) {
		MapSqlParameterSource scope = new MapSqlParameterSource("agency", agency);
		String where = " where cast(:agency as uuid) is null or agency_id = cast(:agency as uuid)";
		jdbc.update("delete from stats_day_figures" + where, scope);
		jdbc.update("delete from stats_month_figures" + where, scope);
		jdbc.update("delete from stats_dossier" + where, scope);
		jdbc.update(STEPS, scope);
		jdbc.update(MONTHS, scope);
		jdbc.update(DOSSIERS, scope);
	}

	private static String columns(String pattern) {
		return Arrays.stream(Figure.values())
			.map(figure -> pattern.formatted(figure.column))
			.collect(Collectors.joining(", "));
	}

}

package vn.dvc.portal.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.dvc.portal.dossier.events.AmendmentRequested;
import vn.dvc.portal.dossier.events.DossierAmended;
import vn.dvc.portal.dossier.events.DossierEvent;
import vn.dvc.portal.dossier.events.DossierFacts;
import vn.dvc.portal.dossier.events.DossierReceived;
import vn.dvc.portal.dossier.events.DossierRejected;
import vn.dvc.portal.dossier.events.DossierResolved;
import vn.dvc.portal.dossier.events.DossierWithdrawn;
import vn.dvc.portal.dossier.events.PaymentSettled;
import vn.dvc.portal.dossier.events.ResultReturned;
import vn.dvc.portal.shared.PortalTime;

/**
 * Counts each step of a dossier into the day and month figures of its agency and procedure, and
 * keeps what the late list and the home page list show. It listens after the dossier's transaction
 * committed, in a transaction of its own; the event publication registry keeps the event until the
 * listener completed, so a failure or a dead node delays a figure, never loses it. A step delivered
 * twice counts once (its bit in {@code stats_dossier.counted}).
 */
@Component
class DossierFigures {

	private static final String KEEP = """
			insert into stats_dossier (dossier_id, agency_id, counted, sequence, status, code, procedure_name,
			  agency_name, due_date, held_by, resolved_at, owner_name)
			values (:id, :agency, 0, :sequence, :status, :code, :procedureName, :agencyName, :dueDate, :heldBy,
			  :resolvedAt, :ownerName)
			on conflict (dossier_id) do update set sequence = excluded.sequence, status = excluded.status,
			  code = excluded.code, due_date = excluded.due_date, held_by = excluded.held_by,
			  resolved_at = coalesce(excluded.resolved_at, stats_dossier.resolved_at), owner_name = excluded.owner_name
			where excluded.sequence > stats_dossier.sequence
			""";

	private final NamedParameterJdbcTemplate jdbc;

	DossierFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(DossierEvent event) {
		DossierFacts dossier = event.dossier();
		keep(event);
		LocalDate day = PortalTime.dayOf(event.step().at());
		FigureChanges changes = new FigureChanges(dossier.agencyId(), dossier.procedureId());
		CountedStep step = null;
		if (event instanceof DossierReceived) {
			step = CountedStep.RECEIVED;
			Figure received = switch (dossier.channel()) {
				case ONLINE -> Figure.RECEIVED_ONLINE;
				case COUNTER -> Figure.RECEIVED_COUNTER;
				case POSTAL -> Figure.RECEIVED_POSTAL;
			};
			changes.add(PortalTime.dayOf(dossier.receivedAt()), received, 1)
				.add(overdueFrom(dossier, dossier.dueDate()), Figure.TURNED_OVERDUE, 1);
		}
		else if (event instanceof AmendmentRequested) {
			step = CountedStep.AMENDMENT_REQUESTED;
			changes.add(day, Figure.AMENDMENTS_REQUESTED, 1);
		}
		else if (event instanceof DossierAmended amended) {
			// The due date moved: so does the day the dossier turns overdue.
			step = CountedStep.AMENDED;
			changes.add(overdueFrom(dossier, amended.previousDueDate()), Figure.TURNED_OVERDUE, -1)
				.add(overdueFrom(dossier, dossier.dueDate()), Figure.TURNED_OVERDUE, 1);
		}
		else if (event instanceof DossierResolved) {
			step = CountedStep.RESOLVED;
			changes.add(day, day.isAfter(dossier.dueDate()) ? Figure.RESOLVED_LATE : Figure.RESOLVED_ON_TIME, 1);
			finished(changes, dossier, day);
		}
		else if (event instanceof DossierRejected) {
			step = dossier.wasReceived() ? CountedStep.REJECTED : CountedStep.REFUSED;
			changes.add(day, dossier.wasReceived() ? Figure.REJECTED : Figure.REFUSED, 1);
			if (dossier.wasReceived()) {
				finished(changes, dossier, day);
			}
		}
		else if (event instanceof DossierWithdrawn && dossier.wasReceived()) {
			step = CountedStep.WITHDRAWN;
			changes.add(day, Figure.WITHDRAWN, 1);
			finished(changes, dossier, day);
		}
		else if (event instanceof ResultReturned returned && returned.byPost()) {
			step = CountedStep.RETURNED_BY_POST;
			changes.add(day, Figure.RETURNED_BY_POST, 1);
		}
		else if (event instanceof PaymentSettled settled && !settled.previousDueDate().equals(dossier.dueDate())) {
			// The clock stood while the dossier waited for payment: the day it turns overdue moves with
			// its due date. A dossier may wait for payment more than once, so each settlement is
			// claimed by its step's number rather than by a bit.
			if (claimSettlement(dossier.id(), event.step().sequence())) {
				changes.add(overdueFrom(dossier, settled.previousDueDate()), Figure.TURNED_OVERDUE, -1)
					.add(overdueFrom(dossier, dossier.dueDate()), Figure.TURNED_OVERDUE, 1);
				write("stats_day_figures", "day", changes.agency(), changes.procedure(), changes.byDay());
				write("stats_month_figures", "month", changes.agency(), changes.procedure(), changes.byMonth());
			}
			return;
		}
		if (step != null && claim(dossier.id(), step)) {
			write("stats_day_figures", "day", changes.agency(), changes.procedure(), changes.byDay());
			write("stats_month_figures", "month", changes.agency(), changes.procedure(), changes.byMonth());
		}
	}

	/**
	 * A received dossier stops being open on the day it finished: if it was overdue by then it leaves
	 * the overdue ones that day, else it never turns overdue.
	 */
	private static void finished(FigureChanges changes, DossierFacts dossier, LocalDate day) {
		if (day.isAfter(dossier.dueDate())) {
			changes.add(day, Figure.LEFT_OVERDUE, 1);
		}
		else {
			changes.add(overdueFrom(dossier, dossier.dueDate()), Figure.TURNED_OVERDUE, -1);
		}
	}

	/** The first day an open dossier counts as overdue: the day after its due date, once received. */
	static LocalDate overdueFrom(DossierFacts dossier, LocalDate dueDate) {
		LocalDate received = PortalTime.dayOf(dossier.receivedAt());
		LocalDate after = dueDate.plusDays(1);
		return after.isBefore(received) ? received : after;
	}

	/** What the late list and the home page show: the latest step wins, whatever order they come in. */
	private void keep(DossierEvent event) {
		DossierFacts dossier = event.dossier();
		this.jdbc.update(KEEP, new MapSqlParameterSource().addValue("id", dossier.id())
			.addValue("agency", dossier.agencyId())
			.addValue("sequence", event.step().sequence())
			.addValue("status", dossier.status().name())
			.addValue("code", dossier.code())
			.addValue("procedureName", dossier.procedureName())
			.addValue("agencyName", dossier.agencyName())
			.addValue("dueDate", (dossier.dueDate() != null) ? Date.valueOf(dossier.dueDate()) : null)
			.addValue("heldBy", event.step().actor())
			.addValue("resolvedAt", (event instanceof DossierResolved) ? Timestamp.from(event.step().at()) : null)
			.addValue("ownerName", dossier.ownerName()));
	}

	/** Marks the step counted; false when it already was (the event came again). */
	private boolean claim(UUID dossier, CountedStep step) {
		return this.jdbc.update(
				"update stats_dossier set counted = counted | :bit where dossier_id = :id and (counted & :bit) = 0",
				new MapSqlParameterSource("bit", step.bit).addValue("id", dossier)) == 1;
	}

	/** Marks a payment's settlement counted; false when it already was (the event came again). */
	private boolean claimSettlement(UUID dossier, int sequence) {
		return this.jdbc.update("""
				insert into stats_counted_settlement (dossier_id, sequence) values (:id, :sequence)
				on conflict do nothing
				""", new MapSqlParameterSource("id", dossier).addValue("sequence", sequence)) == 1;
	}

	/** Adds the changes, earliest row first, so that two listeners lock rows in the same order. */
	private void write(String table, String dateColumn, UUID agency, UUID procedure,
			TreeMap<LocalDate, Map<Figure, Integer>> rows) {
		rows.forEach((date, figures) -> {
			String columns = figures.keySet().stream().map(figure -> figure.column).collect(Collectors.joining(", "));
			String values = figures.keySet().stream().map(figure -> ":" + figure.column).collect(Collectors.joining(", "));
			String sums = figures.keySet()
				.stream()
				.map(figure -> figure.column + " = " + table + "." + figure.column + " + excluded." + figure.column)
				.collect(Collectors.joining(", "));
			MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("agency", agency)
				.addValue("procedure", procedure)
				.addValue("date", Date.valueOf(date));
			figures.forEach((figure, delta) -> parameters.addValue(figure.column, delta));
			this.jdbc.update("insert into " + table + " (agency_id, procedure_id, " + dateColumn + ", " + columns
					+ ") values (:agency, :procedure, :date, " + values + ") on conflict (agency_id, " + dateColumn
					+ ", procedure_id) do update set " + sums, parameters);
		});
	}

}

package vn.dvc.portal.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.StaffAdministration;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.AmendableField;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.ReturnMethod;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.OnlineDossiers;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.ReportData;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossiers filed and worked through the application over half a year, in two agencies of their
 * own, on a clock the test moves: the figures the events fed give, month by month, for the year,
 * per agency and for all agencies, the same numbers as counting the dossier tables the way the
 * statistics did before (the queries of the former {@code DossierStatistics}, kept here).
 */
@PortalTest
class StatisticsFedByEventsTest {

	/** The portal's clock, moved by the test; the real time when not moved. */
	@TestBean
	Clock clock;

	static final MovingClock CLOCK = new MovingClock();

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	ApplicationContext context;

	@Autowired
	Statistics statistics;

	@Autowired
	CitizenDossiers citizens;

	@Autowired
	DeskDossiers desk;

	@Autowired
	Catalog catalog;

	@Autowired
	StaffAdministration staff;

	@Test
	void theFiguresFedByEventsAreTheFiguresCountedFromTheDossiers() {
		Instant now = Instant.now();
		List<UUID> agencies = new ArrayList<>();
		try {
			for (int a = 0; a < 2; a++) {
				ReportData.Scope scope = ReportData.agencyWithProcedure(this.jdbc, "EVT" + a, "UBND xã Sự Kiện " + a,
						"Thủ tục sự kiện " + a);
				agencies.add(scope.agency());
				String login = "canbo.evt" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
				this.staff.createOfficer(login, "Cán bộ Sự Kiện " + a, scope.agency(), login + "@example.com");
				PortalUser officer = TestAccounts.staff(this.context, login);
				PortalUser citizen = TestAccounts.activeCitizen(this.context, "Người nộp sự kiện " + a, null);
				ProcedureDetails procedure = this.catalog.procedure(new ProcedureId(scope.procedure())).orElseThrow();
				// Six months back to this one, a few dossiers each, in every state a dossier can end in.
				for (int monthsBack = 6; monthsBack >= 0; monthsBack--) {
					YearMonth month = YearMonth.from(now.atZone(PortalTime.ZONE)).minusMonths(monthsBack);
					for (int i = 0; i < 9; i++) {
						Instant filed = month.atDay(1 + (i * 3 + a) % 27).atTime(8, 30).atZone(PortalTime.ZONE).toInstant();
						if (filed.isAfter(now)) {
							continue;
						}
						life(officer, citizen, procedure, i, filed, now);
					}
				}
			}
		}
		finally {
			CLOCK.reset();
		}
		StatisticsRecount.awaitCounted(this.jdbc);

		int months = 0;
		YearMonth thisMonth = YearMonth.from(now.atZone(PortalTime.ZONE));
		for (int back = 7; back >= 0; back--) {
			ReportPeriod period = ReportPeriod.month(thisMonth.minusMonths(back));
			for (UUID agency : agencies) {
				assertSame(period, Optional.of(agency));
			}
			assertSameForAll(period, agencies);
			months++;
		}
		for (int year : List.of(thisMonth.getYear() - 1, thisMonth.getYear())) {
			for (UUID agency : agencies) {
				assertSame(ReportPeriod.year(year), Optional.of(agency));
			}
			assertSameForAll(ReportPeriod.year(year), agencies);
		}
		assertThat(months).isEqualTo(8);
		// Not an empty comparison: the dossiers reached the figures.
		ReportRow year = this.statistics.report(ReportPeriod.year(thisMonth.getYear()), Optional.of(agencies.get(0)))
			.total();
		assertThat(year.received() + this.statistics
			.report(ReportPeriod.year(thisMonth.getYear() - 1), Optional.of(agencies.get(0)))
			.total()
			.received()).isPositive();

		// The late list: the open dossiers past their due date, as the dossier tables say.
		for (UUID agency : agencies) {
			List<String> late = this.statistics.late(Optional.of(agency)).stream().map(LateDossier::code).toList();
			assertThat(late).isEqualTo(this.jdbc.queryForList("""
					select code from dossier where agency_id = ? and status in ('RECEIVED', 'IN_PROGRESS')
					  and due_date < ? order by due_date, code""", String.class, agency,
					Date.valueOf(PortalTime.dayOf(now))));
		}
	}

	/**
	 * One dossier's life, by its number: refused, withdrawn, rejected after receipt, waiting for its
	 * amendment, resolved on time, resolved late and returned, or left in progress.
	 */
	private void life(PortalUser officer, PortalUser citizen, ProcedureDetails procedure, int kind, Instant filed,
			Instant now) {
		Actor applicant = Actor.of(citizen);
		CLOCK.set(filed);
		DossierId id = new DossierId(OnlineDossiers
			.submit(this.citizens, citizen, procedure, OnlineDossiers.ownContent(this.citizens, citizen, "0912345678", "Nội dung"))
			.id());
		if (!at(filed.plus(Duration.ofHours(1)), now)) {
			return;
		}
		if (kind == 0) {
			this.desk.reject(officer, id, version(id), "Không đúng thẩm quyền");
			return;
		}
		this.desk.receive(officer, id, version(id));
		switch (kind) {
			case 1 -> {
				if (at(filed.plus(Duration.ofDays(2)), now)) {
					this.citizens.withdraw(applicant, id, "Không cần nữa");
				}
			}
			case 2 -> {
				if (at(filed.plus(Duration.ofDays(1)), now)) {
					this.desk.reject(officer, id, version(id), "Giấy tờ giả");
				}
			}
			case 3 -> {
				if (at(filed.plus(Duration.ofDays(1)), now)) {
					this.desk.requestAmendment(officer, id, version(id), "Thiếu thông tin", List.of(),
							List.of(AmendableField.CONTENT));
				}
			}
			case 4, 5, 6, 7 -> {
				if (!at(filed.plus(Duration.ofDays(1)), now)) {
					return;
				}
				this.desk.startProcessing(officer, id, version(id));
				// 4 and 6 within their ten working days, 5 and 7 well after; 7 is then returned.
				Duration after = (kind % 2 == 0) ? Duration.ofDays(5) : Duration.ofDays(30);
				if (!at(filed.plus(after), now)) {
					return;
				}
				byte[] pdf = TestFiles.pdf();
				this.desk.resolve(officer, id, version(id), null, List.of(new Documents.Upload(new ByteArrayResource(pdf),
						"ket-qua.pdf", pdf.length, officer.accountId().value())));
				if (kind == 7 && at(filed.plus(after).plus(Duration.ofDays(1)), now)) {
					this.desk.returnResult(officer, id, version(id), ReturnMethod.COUNTER, null, null);
				}
			}
			default -> {
				// 8: received and left open.
			}
		}
	}

	/** Moves the clock to the moment if it is not in the future. */
	private static boolean at(Instant moment, Instant now) {
		if (moment.isAfter(now)) {
			return false;
		}
		CLOCK.set(moment);
		return true;
	}

	private long version(DossierId id) {
		return this.jdbc.queryForObject("select version from dossier where id = ?", Long.class, id.value());
	}

	private void assertSame(ReportPeriod period, Optional<UUID> agency) {
		Report report = this.statistics.report(period, agency);
		assertThat(figures(report.rows())).as("%s of %s", period, agency).isEqualTo(counted(period, agency, report.asOf()));
		assertThat(report.total().balances()).isTrue();
	}

	/** All agencies: the rows of the test's agencies (others hold other tests' dossiers). */
	private void assertSameForAll(ReportPeriod period, List<UUID> agencies) {
		Report report = this.statistics.report(period, Optional.empty());
		Map<UUID, List<Long>> mine = new HashMap<>(figures(report.rows()));
		mine.keySet().retainAll(agencies);
		Map<UUID, List<Long>> expected = new HashMap<>(counted(period, Optional.empty(), report.asOf()));
		expected.keySet().retainAll(agencies);
		assertThat(mine).as("%s of all agencies", period).isEqualTo(expected);
	}

	private static Map<UUID, List<Long>> figures(List<ReportRow> rows) {
		Map<UUID, List<Long>> figures = new HashMap<>();
		rows.forEach(row -> figures.put(row.key(), List.of(row.carriedOver(), row.receivedOnline(), row.receivedCounter(),
				row.receivedPostal(), row.resolvedOnTime(), row.resolvedLate(), row.openOnTime(), row.openOverdue(),
				row.rejected(), row.withdrawn(), row.refused(), row.amendmentRequested(), row.returnedByPost())));
		return figures;
	}

	/** The former report's queries over the dossier tables, row by row. */
	private Map<UUID, List<Long>> counted(ReportPeriod period, Optional<UUID> agency, Instant asOf) {
		String column = agency.isPresent() ? "procedure_id" : "agency_id";
		String scope = agency.isPresent() ? "and d.agency_id = :agency" : "";
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("start", Timestamp.from(period.start()))
			.addValue("end", Timestamp.from(period.end()))
			.addValue("asOf", Timestamp.from(asOf))
			.addValue("asOfDay", Date.valueOf(PortalTime.dayOf(asOf.minusNanos(1))))
			.addValue("agency", agency.orElse(null));
		Map<UUID, long[]> rows = new HashMap<>();
		this.named.query(OLD_FLOWS.formatted(column, scope), parameters, (java.sql.ResultSet rs) -> {
			long[] row = new long[13];
			String[] names = { "carried", "online", "counter", "postal", "on_time", "late", "open_on_time",
					"open_overdue", "rejected", "withdrawn" };
			for (int i = 0; i < names.length; i++) {
				row[i] = rs.getLong(names[i]);
			}
			rows.put(rs.getObject("k", UUID.class), row);
		});
		String[] extras = { OLD_REFUSED, OLD_AMENDMENTS, OLD_POSTED };
		for (int e = 0; e < extras.length; e++) {
			int slot = 10 + e;
			this.named.query(extras[e].formatted(column, scope), parameters, (java.sql.ResultSet rs) -> {
				rows.computeIfAbsent(rs.getObject("k", UUID.class), key -> new long[13])[slot] = rs.getLong("n");
			});
		}
		Map<UUID, List<Long>> counted = new HashMap<>();
		rows.forEach((key, row) -> counted.put(key, java.util.Arrays.stream(row).boxed().toList()));
		return counted;
	}

	private static final String RESOLVED_DAY = "(d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date";

	private static final String OLD_FLOWS = """
			select d.%1$s as k,
			  count(*) filter (where d.received_at < :start and (d.finished_at is null or d.finished_at >= :start)) as carried,
			  count(*) filter (where d.received_at >= :start and d.received_at < :end and d.channel = 'ONLINE') as online,
			  count(*) filter (where d.received_at >= :start and d.received_at < :end and d.channel = 'COUNTER') as counter,
			  count(*) filter (where d.received_at >= :start and d.received_at < :end and d.channel = 'POSTAL') as postal,
			  count(*) filter (where d.resolved_at >= :start and d.resolved_at < :end and RESOLVED_DAY <= d.due_date) as on_time,
			  count(*) filter (where d.resolved_at >= :start and d.resolved_at < :end and RESOLVED_DAY > d.due_date) as late,
			  count(*) filter (where OPEN_AT_END and d.due_date >= :asOfDay) as open_on_time,
			  count(*) filter (where OPEN_AT_END and d.due_date < :asOfDay) as open_overdue,
			  count(*) filter (where d.status = 'REJECTED' and d.closed_at >= :start and d.closed_at < :end) as rejected,
			  count(*) filter (where d.status = 'WITHDRAWN' and d.closed_at >= :start and d.closed_at < :end) as withdrawn
			from dossier d
			where d.received_at is not null and d.received_at < :end and (d.finished_at is null or d.finished_at >= :start) %2$s
			group by d.%1$s
			""".replace("RESOLVED_DAY", RESOLVED_DAY)
		.replace("OPEN_AT_END", "d.received_at < :asOf and (d.finished_at is null or d.finished_at >= :asOf)");

	private static final String OLD_REFUSED = """
			select d.%1$s as k, count(*) as n from dossier d
			where d.received_at is null and d.status = 'REJECTED' and d.closed_at >= :start and d.closed_at < :end %2$s
			group by d.%1$s
			""";

	private static final String OLD_POSTED = """
			select d.%1$s as k, count(*) as n from dossier d
			where d.return_method = 'POSTAL' and d.returned_at >= :start and d.returned_at < :end %2$s
			group by d.%1$s
			""";

	private static final String OLD_AMENDMENTS = """
			select d.%1$s as k, count(*) as n from amendment_request a join dossier d on d.id = a.dossier_id
			where a.requested_at >= :start and a.requested_at < :end %2$s
			group by d.%1$s
			""";

	/** A clock the test sets; the real time until it is set and after {@link #reset}. */
	static final class MovingClock extends Clock {

		private volatile Instant fixed;

		void set(Instant instant) {
			this.fixed = instant;
		}

		void reset() {
			this.fixed = null;
		}

		@Override
		public ZoneId getZone() {
			return PortalTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			Instant moment = this.fixed;
			return (moment != null) ? moment : Instant.now();
		}

	}

}

package vn.dvc.portal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DeskQuery;
import vn.dvc.portal.stats.Report;
import vn.dvc.portal.stats.ReportPeriod;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.stats.Statistics;
import vn.dvc.portal.stats.StatisticsRecount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates 2,000,000 dossiers over 20 agencies and three years (one agency, Sở Ngoại vụ, holds
 * 100,000), then times the statistics and the desk the way a person uses them. Not part of
 * {@code ./mvnw verify}: run it with {@code ./mvnw -Pbenchmark test}. Results are printed and
 * written to {@code target/benchmark-results.txt}.
 */
@SpringBootTest(properties = { "dvc.demo.enabled=true", "logging.level.root=WARN" })
@ActiveProfiles("test")
class StatisticsBenchmark {

	private static final int DOSSIERS = Integer.getInteger("benchmark.dossiers", 2_000_000);

	private static final int AGENCIES = 20;

	private static final int RUNS = 20;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Statistics statistics;

	@Autowired
	DeskDossiers desk;

	@Autowired
	Statistics charts;

	@Autowired
	ApplicationContext context;

	private final List<String> results = new ArrayList<>();

	@Test
	void statisticsAndDeskWithTwoMillionDossiers() throws IOException {
		UUID focus = this.jdbc.queryForObject("select id from agency where code = '000.00.20.H27'", UUID.class);
		long started = System.nanoTime();
		generate(focus);
		this.jdbc.execute("vacuum analyze dossier");
		this.jdbc.execute("vacuum analyze amendment_request");
		long count = this.jdbc.queryForObject("select count(*) from dossier", Long.class);
		long focusCount = this.jdbc.queryForObject("select count(*) from dossier where agency_id = ?", Long.class, focus);
		record("Generated %,d dossiers (%,d in the measured agency) in %.1f s".formatted(count, focusCount,
				(System.nanoTime() - started) / 1e9));
		// The dossiers were written straight into the tables: their figures are counted as the V10.1
		// back-fill counts those of a portal that existed before the statistics were fed by events.
		long backfill = System.nanoTime();
		StatisticsRecount.recount(this.jdbc, null);
		this.jdbc.execute("vacuum analyze stats_day_figures");
		this.jdbc.execute("vacuum analyze stats_month_figures");
		this.jdbc.execute("vacuum analyze stats_dossier");
		record("Back-filled the statistics in %.1f s".formatted((System.nanoTime() - backfill) / 1e9));

		LocalDate today = LocalDate.now(PortalTime.ZONE);
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		Report monthly = time("Monthly report, one agency (" + lastMonth + ")",
				() -> this.statistics.report(ReportPeriod.month(lastMonth), Optional.of(focus)));
		assertThat(monthly.total().balances()).isTrue();
		assertThat(monthly.total().received()).isPositive();
		time("Monthly report, one agency, current month",
				() -> this.statistics.report(ReportPeriod.month(YearMonth.from(today)), Optional.of(focus)));
		time("Yearly report, one agency (" + lastMonth.getYear() + ")",
				() -> this.statistics.report(ReportPeriod.year(lastMonth.getYear()), Optional.of(focus)));
		long cold = System.nanoTime();
		this.statistics.publicFigures(today.getYear());
		record(String.format(Locale.ROOT, "%-58s once    %7.1f ms", "Home page figures, first call",
				(System.nanoTime() - cold) / 1e6));
		time("Home page figures (year, all agencies)", () -> this.statistics.publicFigures(today.getYear()));
		time("Home page list waiting for return", () -> this.statistics.waitingForReturn());
		time("Late list, one agency", () -> this.statistics.late(Optional.of(focus)));
		time("Monthly report, all agencies (administrator)",
				() -> this.statistics.report(ReportPeriod.month(lastMonth), Optional.empty()));

		for (Optional<UUID> scope : List.of(Optional.of(focus), Optional.<UUID>empty())) {
			String whose = scope.isPresent() ? "one agency" : "all agencies";
			long first = System.nanoTime();
			this.charts.chart(today.getYear(), scope);
			record(String.format(Locale.ROOT, "%-58s once    %7.1f ms", "Dashboard chart, " + whose + ", first call",
					(System.nanoTime() - first) / 1e6));
			time("Dashboard chart, " + whose,
					() -> this.charts.chart(today.getYear(), scope));
		}

		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		time("Desk counts, one agency", () -> this.desk.counts(officer));
		time("Desk queue, in progress, first page",
				() -> this.desk.queue(officer, new DeskQuery(DeskQuery.Tab.IN_PROGRESS, null, null, null, null, null), 0));
		time("Desk queue, all, page 200",
				() -> this.desk.queue(officer, new DeskQuery(DeskQuery.Tab.ALL, null, null, null, null, null), 200));
		time("Desk queue, search by owner name without diacritics",
				() -> this.desk.queue(officer, new DeskQuery(DeskQuery.Tab.ALL, "nguyen van an 4242", null, null, null, null), 0));
		time("Desk queue, search by ID number",
				() -> this.desk.queue(officer, new DeskQuery(DeskQuery.Tab.ALL, "001090004242", null, null, null, null), 0));

		Path output = Path.of("target", "benchmark-results.txt");
		Files.createDirectories(output.getParent());
		Files.write(output, this.results);
	}

	/**
	 * Dossiers spread over three years: 80% resolved (a tenth of them late), 5% rejected, 2% withdrawn,
	 * the rest in progress; 60% online, 30% counter, 10% postal.
	 */
	private void generate(UUID focus) {
		UUID applicant = TestAccounts.activeCitizen(this.context, "Người thử hiệu năng", null).accountId().value();
		List<UUID> agencies = new ArrayList<>(this.jdbc.queryForList("select id from agency order by code", UUID.class));
		for (int i = agencies.size(); i < AGENCIES; i++) {
			UUID id = UUID.randomUUID();
			this.jdbc.update("insert into agency (id, code, name, admin_level) values (?, ?, ?, 'COMMUNE')", id,
					"BENCH.%02d.H27".formatted(i), "Ủy ban nhân dân xã thử nghiệm " + i);
			this.jdbc.update("""
					insert into procedure (id, code, name, field, agency_id, service_level, admin_level, processing_days,
					  fee_vnd, postal_return_offered, online_payment_offered, accepting_dossiers, search_text)
					values (?, ?, 'Thủ tục thử nghiệm', 'Thử nghiệm', ?, 'FULL_ONLINE', 'COMMUNE', 10, 0, true, false, true, 'thu tuc thu nghiem')
					""", UUID.randomUUID(), "BENCH.P%02d".formatted(i), id);
			agencies.add(id);
		}
		agencies.remove(focus);
		this.jdbc.execute("create temporary table bench_agency (n int, agency_id uuid)");
		this.jdbc.update("insert into bench_agency values (0, ?)", focus);
		for (int i = 0; i < agencies.size(); i++) {
			this.jdbc.update("insert into bench_agency values (?, ?)", i + 1, agencies.get(i));
		}
		int batch = 200_000;
		for (int from = 1; from <= DOSSIERS; from += batch) {
			int to = Math.min(DOSSIERS, from + batch - 1);
			this.jdbc.update(INSERT, applicant, from, to);
		}
		this.jdbc.execute("""
				insert into amendment_request (id, dossier_id, requested_at, reason, answered_at, paused_working_days)
				select gen_random_uuid(), id, received_at + interval '1 day', 'Bổ sung', received_at + interval '3 days', 2
				from dossier where (hashtext(id::text) % 20) = 0 and received_at is not null
				""");
	}

	/** One agency in twenty gets 100,000 dossiers (rows 1 to 100,000), the others share the rest. */
	private static final String INSERT = """
			insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
			  submitter_name, submitter_id_number, owner_name, owner_id_number, owner_name_folded, postal_return,
			  recipient_name, recipient_phone, recipient_address, recipient_province,
			  created_at, updated_at, submitted_at, receipt_due_at, received_at, original_due_date, due_date,
			  resolved_at, returned_at, return_method, postal_item_number, dispatch_date, closed_at, closing_reason,
			  version, procedure_code, procedure_name, agency_name, procedure_revision)
			select gen_random_uuid(),
			  ag.code || '.' || (g / 1000000) || '-' || to_char(t.received at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad((g % 1000000)::text, 6, '0'),
			  gen_random_uuid(), p.id, a.agency_id, ?,
			  case when r.c < 0.6 then 'ONLINE' when r.c < 0.9 then 'COUNTER' else 'POSTAL' end,
			  s.status, 'Nguyễn Văn An ' || g, '0010900' || lpad((g % 100000)::text, 5, '0'),
			  'Nguyễn Văn An ' || g, '0010900' || lpad((g % 100000)::text, 5, '0'), 'nguyen van an ' || g,
			  s.postal, case when s.postal then 'Nguyễn Văn An' end, case when s.postal then '0912345678' end,
			  case when s.postal then 'Thôn A' end, case when s.postal then 'Tỉnh Hà Tĩnh' end,
			  t.received, t.received, t.received, t.received + interval '1 day', t.received,
			  (t.received at time zone 'Asia/Ho_Chi_Minh')::date + 20, (t.received at time zone 'Asia/Ho_Chi_Minh')::date + 20,
			  case when s.status in ('RESOLVED', 'RETURNED') then t.received + (case when r.late < 0.1 then 25 else 12 end) * interval '1 day' end,
			  case when s.status = 'RETURNED' then t.received + 30 * interval '1 day' end,
			  case when s.status = 'RETURNED' then (case when s.postal then 'POSTAL' else 'COUNTER' end) end,
			  case when s.status = 'RETURNED' and s.postal then 'EL' || g || 'VN' end,
			  case when s.status = 'RETURNED' and s.postal then (t.received at time zone 'Asia/Ho_Chi_Minh')::date + 30 end,
			  case when s.status in ('REJECTED', 'WITHDRAWN') then t.received + interval '3 days' end,
			  case when s.status in ('REJECTED', 'WITHDRAWN') then 'Lý do' end,
			  0, p.code, p.name, ag.name, 1
			from generate_series(?::int, ?::int) g
			cross join lateral (select random() + 0 * g as c, random() + 0 * g as st, random() + 0 * g as late, random() + 0 * g as when_) r
			join bench_agency a on a.n = case when g <= 100000 then 0 else 1 + (g % 19) end
			join agency ag on ag.id = a.agency_id
			cross join lateral (select id, code, name from procedure where agency_id = a.agency_id
			                    order by code offset (g % greatest(1, (select count(*) from procedure q where q.agency_id = a.agency_id))) limit 1) p
			cross join lateral (select now() - (r.when_ * 1095) * interval '1 day' as received) t
			cross join lateral (select
			  case when t.received > now() - interval '20 days' then (case when r.st < 0.5 then 'IN_PROGRESS' else 'RECEIVED' end)
			       when r.st < 0.70 then 'RETURNED' when r.st < 0.80 then 'RESOLVED' when r.st < 0.85 then 'REJECTED'
			       when r.st < 0.87 then 'WITHDRAWN' else 'IN_PROGRESS' end as status,
			  (r.c >= 0.9) as postal) s
			""";

	private <T> T time(String name, Supplier<T> action) {
		T result = null;
		for (int i = 0; i < 3; i++) {
			result = action.get();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			result = action.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		record(String.format(Locale.ROOT, "%-58s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms", name, nanos[RUNS / 2] / 1e6,
				nanos[(int) (RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6));
		return result;
	}

	private void record(String line) {
		System.out.println("[benchmark] " + line);
		this.results.add(line);
	}

}

package vn.dvc.portal.shared.web.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.CatalogPublishing;
import vn.dvc.portal.catalog.NewAgency;
import vn.dvc.portal.catalog.NewProcedure;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.support.PortalServerTest;
import vn.dvc.portal.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages served from memory, over real HTTP: nothing of one person reaches another, every
 * visitor gets their own CSRF token, a change of the catalogue (here or on another node) shows at
 * once, and anonymous visits leave no session behind.
 */
@PortalServerTest
class PublicPageCacheTest {

	private static final String CITIZEN_PASSWORD = "mot cau mat khau dai";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	CatalogPublishing publishing;

	@Autowired
	PlatformTransactionManager transactions;

	private String suffix;

	@BeforeEach
	void freshSuffix() {
		this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
	}

	@Test
	void aThousandAnonymousVisitsOfEachPublicPageLeaveNoSession() throws Exception {
		long before = sessions();
		UUID procedure = newProcedure("Thủ tục xem nhiều " + this.suffix).value();
		List<String> paths = List.of("/", "/procedures", "/procedures?q=hoi%20nghi", "/procedures?page=1",
				"/procedures/" + procedure, "/login", "/register", "/captcha", "/track",
				"/procedures?q=khong%20co%20" + this.suffix);
		Visitor newcomers = Visitor.withoutCookies(this.port);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> visits = new ArrayList<>();
			for (String path : paths) {
				for (int i = 0; i < 1000; i++) {
					visits.add(threads.submit(() -> newcomers.get(path).statusCode()));
				}
				// And some who come back with the cookies the portal gave them (CSRF, language).
				for (int i = 0; i < 20; i++) {
					Visitor returning = new Visitor(this.port);
					returning.get(path);
					visits.add(threads.submit(() -> returning.get(path).statusCode()));
				}
			}
			for (Future<Integer> visit : visits) {
				assertThat(visit.get(60, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aPersonsNameNeverReachesSomeoneElse() {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Trần Thị Riêng Tư " + this.suffix, null);
		Visitor anonymous = new Visitor(this.port);
		assertThat(anonymous.get("/procedures").body()).doesNotContain("Riêng Tư");

		Visitor person = new Visitor(this.port);
		assertThat(person.logIn(citizen.getUsername(), CITIZEN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/my/dossiers"));
		// The page kept for anonymous visitors is not what a logged-in person gets, and theirs is not kept.
		for (String path : List.of("/procedures", "/", "/procedures?q=hoi%20nghi%20" + this.suffix)) {
			String own = person.get(path).body();
			assertThat(own).contains("Trần Thị Riêng Tư " + this.suffix).contains("/logout");
			String someoneElse = new Visitor(this.port).get(path).body();
			assertThat(someoneElse).doesNotContain("Riêng Tư").doesNotContain("/logout");
			assertThat(new Visitor(this.port).get(path).body()).doesNotContain("Riêng Tư");
		}
	}

	@Test
	void everyVisitorGetsTheirOwnCsrfToken() {
		Visitor first = new Visitor(this.port);
		Visitor second = new Visitor(this.port);
		// Both forms come from memory after the first render; each carries its own visitor's token.
		String firstForm = first.get("/login").body();
		String secondForm = second.get("/login").body();
		String firstToken = Visitor.csrfToken(firstForm);
		String secondToken = Visitor.csrfToken(secondForm);
		assertThat(firstForm).doesNotContain(CachedPage.HOLE);
		assertThat(first.cookie("DVC-XSRF")).isPresent();
		assertThat(second.cookie("DVC-XSRF")).isPresent().isNotEqualTo(first.cookie("DVC-XSRF"));
		assertThat(firstToken).isNotEqualTo(secondToken);
		assertThat(secondForm).doesNotContain(firstToken);

		// Someone else's token does not pass with one's own cookie; one's own does.
		Map<String, String> login = Map.of("login", "admin", "password", "wrong password " + this.suffix);
		assertThat(first.post("/login", with(login, "_csrf", secondToken)).statusCode()).isEqualTo(403);
		HttpResponse<String> own = first.post("/login", with(login, "_csrf", firstToken));
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(own.headers().firstValue("Location").orElseThrow()).contains("/login?error");
		// A visitor coming back keeps their cookie and gets a page with a token for it.
		String again = Visitor.csrfToken(first.get("/register").body());
		assertThat(first.post("/login", with(login, "_csrf", again)).statusCode()).isEqualTo(302);
	}

	@Test
	void aPublicationShowsAtOnceOnTheCachedCatalogue() {
		AgencyId agency = this.administration.createAgency(new NewAgency("CACHE." + this.suffix,
				"Sở Thử Bộ Nhớ Đệm " + this.suffix, AdminLevel.PROVINCE, null, null, null, null));
		String search = "/procedures?q=cong%20bo%20tuc%20thi%20" + this.suffix;
		Visitor visitor = new Visitor(this.port);
		assertThat(visitor.get(search).body()).doesNotContain("Công bố tức thì");
		assertThat(visitor.get(search).body()).as("served from memory").doesNotContain("Công bố tức thì");
		String code = "1.00" + this.suffix + ".CACHE.H27";
		String csv = "Mã thủ tục,Tên thủ tục,Cơ quan,Cấp thực hiện,Mức độ\n" + code + ",Công bố tức thì " + this.suffix
				+ ",CACHE." + this.suffix + ",Cấp tỉnh,Toàn trình\n";
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		UUID imported = this.publishing.read("danh-muc.csv", new ByteArrayInputStream(bytes), bytes.length, "admin");
		this.publishing.publish(imported, "QĐ-CACHE-" + this.suffix, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), Set.of(),
				"admin");

		String after = visitor.get(search).body();
		assertThat(after).contains("Công bố tức thì " + this.suffix);
		assertThat(this.jdbc.queryForObject("select count(*) from procedure where agency_id = ?", Long.class,
				agency.value())).isEqualTo(1);
	}

	@Test
	void aChangeMadeOnAnotherNodeReachesThisOne() throws InterruptedException {
		ProcedureId procedure = newProcedure("Thủ tục trước khi đổi " + this.suffix);
		String page = "/procedures/" + procedure.value();
		Visitor visitor = new Visitor(this.port);
		assertThat(visitor.get(page).body()).contains("Thủ tục trước khi đổi");

		// Another node renames the procedure: its transaction bumps the version and notifies, nothing else.
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.jdbc.update("update procedure set name = ? where id = ?", "Thủ tục sau khi đổi " + this.suffix,
					procedure.value());
			this.jdbc.update("update content_version set version = version + 1 where area = 'catalog'");
			this.jdbc.queryForList("select pg_notify('dvc_public_content', 'catalog')");
		});

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		String body = visitor.get(page).body();
		while (!body.contains("Thủ tục sau khi đổi") && System.nanoTime() < deadline) {
			Thread.sleep(50);
			body = visitor.get(page).body();
		}
		assertThat(body).contains("Thủ tục sau khi đổi " + this.suffix).doesNotContain("Thủ tục trước khi đổi");
	}

	@Test
	void aKeptPageAnswersWithItsEntityTagAndCompressed() throws IOException {
		Visitor visitor = new Visitor(this.port);
		HttpResponse<String> first = visitor.get("/procedures?q=hoi%20nghi");
		HttpResponse<String> second = visitor.get("/procedures?q=hoi%20nghi");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(second.headers().firstValue("ETag")).hasValue(etag);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-cache");
		// Security headers come with the page from memory too.
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(second.headers().firstValue("X-Frame-Options")).hasValue("DENY");

		HttpResponse<String> unchanged = visitor.get("/procedures?q=hoi%20nghi", "If-None-Match", etag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();

		HttpResponse<byte[]> compressed = visitor.getBytes("/procedures?q=hoi%20nghi", "Accept-Encoding", "gzip");
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.body().length).isLessThan(first.body().getBytes(StandardCharsets.UTF_8).length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
		}

		HttpResponse<String> head = visitor.head("/procedures?q=hoi%20nghi");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("ETag")).hasValue(etag);
	}

	@Test
	void aSearchRowShowsTheProcedureAsItIsNowAndInTheVisitorsLanguage() throws InterruptedException {
		ProcedureId procedure = newProcedure("Thủ tục hàng trước " + this.suffix);
		// A parameter the page does not read: rendered each time, so the rows are what is tested here.
		String search = "/procedures?q=" + this.suffix + "&uncached=";
		Visitor vietnamese = new Visitor(this.port);
		assertThat(vietnamese.get(search + 1).body()).contains("Thủ tục hàng trước " + this.suffix)
			.contains("Toàn trình").contains("href=\"/procedures/" + procedure.value() + "\"");
		Visitor english = new Visitor(this.port);
		english.get("/procedures?lang=en");
		assertThat(english.get(search + 2).body()).contains("Thủ tục hàng trước " + this.suffix)
			.contains("Fully online").doesNotContain("Toàn trình");

		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.jdbc.update("update procedure set name = ? where id = ?", "Thủ tục hàng sau " + this.suffix,
					procedure.value());
			this.jdbc.update("update content_version set version = version + 1 where area = 'catalog'");
			this.jdbc.queryForList("select pg_notify('dvc_public_content', 'catalog')");
		});
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		String body = vietnamese.get(search + 3).body();
		while (!body.contains("Thủ tục hàng sau") && System.nanoTime() < deadline) {
			Thread.sleep(50);
			body = vietnamese.get(search + 3).body();
		}
		assertThat(body).contains("Thủ tục hàng sau " + this.suffix).doesNotContain("Thủ tục hàng trước");
	}

	@Test
	void aParameterThePageDoesNotReadIsRenderedButNotKept() {
		Visitor visitor = new Visitor(this.port);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> madeUp = visitor.get("/procedures?q=hoi%20nghi&nonce=" + this.suffix + i);
			assertThat(madeUp.statusCode()).isEqualTo(200);
			assertThat(madeUp.headers().firstValue("ETag")).isEmpty();
			assertThat(madeUp.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		}
		visitor.get("/procedures?q=hoi%20nghi&page=0");
		HttpResponse<String> read = visitor.get("/procedures?q=hoi%20nghi&page=0");
		assertThat(read.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void aPageInEnglishIsKeptApartFromTheVietnameseOne() {
		Visitor english = new Visitor(this.port);
		String switched = english.get("/procedures?lang=en").body();
		String kept = english.get("/procedures").body();
		String vietnamese = new Visitor(this.port).get("/procedures").body();
		assertThat(switched).contains("lang=\"en\"");
		assertThat(kept).contains("lang=\"en\"");
		assertThat(vietnamese).contains("lang=\"vi\"");
	}

	private ProcedureId newProcedure(String name) {
		AgencyId agency = this.administration.createAgency(new NewAgency("PAGE." + this.suffix + "." + shortId(),
				"Sở Thử Trang " + this.suffix, AdminLevel.PROVINCE, null, null, null, null));
		return this.administration.createProcedure(new NewProcedure("1.00" + this.suffix + "." + shortId(), name,
				"Lĩnh vực thử", agency, ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 5, 0, null, true, false, null,
				null, List.of()));
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put(name, value);
		return all;
	}

}

package vn.dvc.portal.catalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.NewAgency;
import vn.dvc.portal.catalog.NewProcedure;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.support.PortalServerTest;
import vn.dvc.portal.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page an anonymous visitor gets, put together from kept parts (SearchPages), over real
 * HTTP: it is the page a signed-in person gets rendered whole, but for the header; the typed words
 * are escaped as the template escapes them; and a change of the agencies shows in the filter. The
 * addresses carry a parameter the page does not read, so that no page comes from the page cache.
 */
@PortalServerTest
class SearchPagesTest {

	private static final Pattern MAIN = Pattern.compile("<main[^>]*>.*</main>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogAdministration administration;

	private String suffix;

	private AgencyId agency;

	@BeforeEach
	void procedures() {
		this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.agency = this.administration.createAgency(new NewAgency("GHEP." + this.suffix, "Sở Ghép Trang " + this.suffix,
				AdminLevel.PROVINCE, null, null, null, null));
		// Twenty-three: three pages of ten, for the links between pages.
		for (int i = 0; i < 23; i++) {
			this.administration.createProcedure(new NewProcedure("1.00" + this.suffix + ".GHEP." + i,
					"Thủ tục ghép trang số " + i + " " + this.suffix, "Lĩnh vực thử", this.agency,
					(i % 2 == 0) ? ServiceLevel.FULL_ONLINE : ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 5, 0, null,
					true, false, null, null, List.of()));
		}
	}

	@Test
	void anAnonymousVisitorGetsThePageASignedInPersonGetsButForTheHeader() {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lê Văn Ghép " + this.suffix, null);
		Visitor person = new Visitor(this.port);
		person.logIn(citizen.getUsername(), "mot cau mat khau dai");
		Visitor english = new Visitor(this.port);
		english.get("/procedures?lang=en&unread=0");
		Visitor personInEnglish = new Visitor(this.port);
		personInEnglish.logIn(citizen.getUsername(), "mot cau mat khau dai");
		personInEnglish.get("/procedures?lang=en&unread=0");

		List<String> searches = List.of("q=ghep%20trang%20" + this.suffix, "q=ghep%20trang%20" + this.suffix + "&page=1",
				"q=ghep%20trang%20" + this.suffix + "&page=2", "page=1&q=ghep%20trang%20" + this.suffix,
				"q=" + this.suffix + "&agency=" + this.agency.value() + "&level=FULL_ONLINE&adminLevel=PROVINCE",
				"q=" + this.suffix + "&level=PARTIAL_ONLINE&page=1", "q=khong%20co%20gi%20" + this.suffix, "",
				"q=" + encode("\"><script>alert('" + this.suffix + "')</script> & Hội nghị"),
				"q=%20%20&agency=" + UUID.randomUUID());
		for (String search : searches) {
			String path = "/procedures?" + search + (search.isEmpty() ? "" : "&") + "unread=" + this.suffix;
			String assembled = new Visitor(this.port).get(path).body();
			String rendered = person.get(path).body();
			assertThat(rendered).as(path).contains("Lê Văn Ghép " + this.suffix);
			assertThat(assembled).as(path).doesNotContain("Lê Văn Ghép").doesNotContain("/logout").startsWith("<!DOCTYPE html>")
				.endsWith("</html>\n");
			assertThat(main(assembled)).as(path).isEqualTo(main(rendered));
			assertThat(main(english.get(path).body())).as(path).isEqualTo(main(personInEnglish.get(path).body()))
				.isNotEqualTo(main(assembled));
		}
	}

	@Test
	void theTypedWordsAreEscapedWhereverTheyAppear() {
		String words = "\"><script>alert(" + this.suffix + ")</script>'";
		String page = new Visitor(this.port).get("/procedures?q=" + encode(words) + "&unread=1").body();
		assertThat(page).doesNotContain("<script>alert(").doesNotContain("\"><script")
			.contains("value=\"&quot;&gt;&lt;script&gt;alert(" + this.suffix + ")&lt;/script&gt;&#39;\"");

		String paged = new Visitor(this.port).get("/procedures?q=ghep%20" + this.suffix + "%20%3Cb%3E&unread=2").body();
		assertThat(paged).doesNotContain("<b>");
		String many = new Visitor(this.port).get("/procedures?q=ghep%20" + this.suffix + "&x=%22%3E&unread=3").body();
		assertThat(many).contains("href=\"/procedures?q=ghep%20" + this.suffix + "&amp;x=%22%3E&amp;unread=3&amp;page=1\"")
			.contains("Có 23 thủ tục");
	}

	@Test
	void anAgencyRenamedShowsInTheFilterAtOnce() throws InterruptedException {
		String path = "/procedures?q=" + this.suffix + "&agency=" + this.agency.value() + "&unread=";
		Visitor visitor = new Visitor(this.port);
		assertThat(visitor.get(path + 1).body()).contains("Sở Ghép Trang " + this.suffix);
		this.administration.updateAgency(this.agency, new NewAgency("GHEP." + this.suffix, "Sở Đổi Tên " + this.suffix,
				AdminLevel.PROVINCE, null, null, null, null));
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		String page = visitor.get(path + 2).body();
		while (!page.contains("Sở Đổi Tên " + this.suffix) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			page = visitor.get(path + 2).body();
		}
		assertThat(page).contains("Sở Đổi Tên " + this.suffix).doesNotContain("Sở Ghép Trang " + this.suffix)
			.containsPattern("<option value=\"" + this.agency.value() + "\" selected=\"selected\">Sở Đổi Tên");
	}

	private static String main(String page) {
		Matcher main = MAIN.matcher(page);
		assertThat(main.find()).as("a main element").isTrue();
		// The template's comments and blocks leave lines of spaces where the kept parts have none.
		return main.group().replaceAll("(?m)^[ \\t]*\\n", "");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

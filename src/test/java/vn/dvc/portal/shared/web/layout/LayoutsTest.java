package vn.dvc.portal.shared.web.layout;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public site and the back office have a layout each: the back office shows that it is the
 * officers' side and has its own menu (desk, administration, statistics); the public site keeps
 * the citizen's menu and gives staff one link to their side. An anonymous visitor's header is
 * rendered once per language and menu and kept; a signed-in viewer's never comes from there.
 */
@PortalTest
class LayoutsTest {

	private static final Pattern MAIN_NAVIGATION = Pattern.compile("<nav [^>]*aria-label=\"Điều hướng chính\">(.*?)</nav>",
			Pattern.DOTALL);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Test
	void everyBackOfficePageSaysItIsTheOfficersSideAndHasTheBackOfficeMenu() throws Exception {
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		PortalUser admin = TestAccounts.staff(this.context, "admin");
		String marker = text("layout.backOffice.marker");

		String desk = page(get("/desk").with(user(officer)));
		assertThat(desk).contains("class=\"back-office-marker\">" + marker + "<");
		assertThat(navigation(desk)).contains("href=\"/desk\"", "href=\"/stats\"", ">" + text("layout.nav.publicSite") + "<")
			.doesNotContain("href=\"/admin\"", "href=\"/track\"", "href=\"/procedures\"");

		for (String path : new String[] { "/admin", "/stats", "/admin/procedures" }) {
			String page = page(get(path).with(user(admin)));
			assertThat(page).as(path).contains("class=\"back-office-marker\">" + marker + "<");
			assertThat(navigation(page)).as(path)
				.contains("href=\"/admin\"", "href=\"/stats\"")
				.doesNotContain("href=\"/desk\"", "href=\"/track\"", "href=\"/my/dossiers\"");
		}
	}

	@Test
	void publicPagesKeepTheCitizensMenuAndGiveStaffOneLinkToTheirSide() throws Exception {
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lê Thị Bố Cục",
				"bocuc." + UUID.randomUUID() + "@example.com");
		String backOffice = ">" + text("layout.nav.backOffice") + "<";

		String anonymous = page(get("/procedures"));
		assertThat(anonymous).doesNotContain("back-office-marker");
		assertThat(navigation(anonymous)).contains("href=\"/procedures\"", "href=\"/track\"", "href=\"/login\"")
			.doesNotContain(backOffice, "href=\"/desk\"");

		String own = page(withSession(get("/my/dossiers")).with(user(citizen)));
		assertThat(own).doesNotContain("back-office-marker");
		assertThat(navigation(own)).contains("href=\"/my/dossiers\"").doesNotContain(backOffice);

		String staff = page(withSession(get("/procedures")).with(user(officer)));
		assertThat(staff).doesNotContain("back-office-marker");
		assertThat(navigation(staff)).contains("href=\"/track\"", "href=\"/desk\"" + backOffice)
			.doesNotContain("href=\"/stats\"", "href=\"/my/dossiers\"");
	}

	@Test
	void theHeaderKeptForAnonymousVisitorsIsPerLanguageAndMenuAndCarriesNoOnesNameOrToken() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Đỗ Thị Đầu Trang",
				"dautrang." + UUID.randomUUID() + "@example.com");
		String signedIn = page(withSession(get("/procedures")).with(user(citizen)));
		assertThat(signedIn).contains("Đỗ Thị Đầu Trang", ">" + text("layout.nav.logout") + "<", "name=\"_csrf\"");

		String english = page(get("/procedures").cookie(new Cookie("dvc-lang", "en")));
		assertThat(english).contains("lang=\"en\"", "href=\"/procedures\">Procedures<", "href=\"/track\">Track a dossier<");

		for (int visit = 0; visit < 2; visit++) {
			String procedures = page(get("/procedures"));
			assertThat(procedures).doesNotContain("Đỗ Thị Đầu Trang", "name=\"_csrf\"", text("layout.nav.logout"));
			assertThat(navigation(procedures)).contains(
					"class=\"nav-link active\" href=\"/procedures\">" + text("layout.nav.procedures") + "<",
					"class=\"nav-link\" href=\"/track\">" + text("layout.nav.track") + "<");
			String track = page(get("/track"));
			assertThat(navigation(track)).contains("class=\"nav-link\" href=\"/procedures\">",
					"class=\"nav-link active\" href=\"/track\">");
		}
		String signedInAgain = page(withSession(get("/procedures")).with(user(citizen)));
		assertThat(signedInAgain).contains("Đỗ Thị Đầu Trang", "name=\"_csrf\"");
	}

	/** A session cookie keeps the public page cache out of the way of a signed-in request. */
	private static MockHttpServletRequestBuilder withSession(MockHttpServletRequestBuilder request) {
		return request.cookie(new Cookie("SESSION", "layouts-test"));
	}

	private String page(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String navigation(String page) {
		Matcher matcher = MAIN_NAVIGATION.matcher(page);
		assertThat(matcher.find()).as("the main navigation").isTrue();
		return matcher.group(1);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}

package vn.dvc.portal.account;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.EidBrowser;
import vn.dvc.portal.support.PortalServerTest;
import vn.dvc.portal.support.Visitor;
import vn.dvc.testidp.Misbehaviour;
import vn.dvc.testidp.TestIdentityProvider;
import vn.dvc.testidp.TestPerson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with the e-identity against a real OpenID Connect provider running in the test JVM
 * ({@link TestIdentityProvider}, Spring Authorization Server), over real HTTP on both sides: the
 * portal creates or finds the account from the checked token and user info only, refuses every
 * token that fails a check and every replayed callback with a page that says so, links an existing
 * account only after its password, and logs out of the provider too.
 */
@PortalServerTest
class ElectronicIdSignInTest {

	private static final String LOCAL_PASSWORD = "mot cau mat khau dai";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	private final TestIdentityProvider provider = TestIdentityProvider.shared();

	private EidBrowser browser;

	@BeforeEach
	void allowThisPortal() {
		this.provider.allowPortal("http://localhost:" + this.port);
		this.browser = new EidBrowser(this.port);
	}

	@AfterEach
	void behave() {
		this.provider.behave();
	}

	@Test
	void firstSignInCreatesACitizenAccountFilledFromTheClaimsWithoutAPassword() {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Nguyễn Văn An"));
		long sessions = sessionCount();

		String callbackUrl = this.browser.authorizeAs(person);
		// Up to the callback the visitor has no session: the request waits in its own cookie.
		assertThat(this.browser.portalCookie("SESSION")).isEmpty();
		assertThat(this.browser.portalCookie("DVC-VNEID")).isPresent();
		assertThat(sessionCount()).isLessThanOrEqualTo(sessions);
		HttpResponse<String> callback = this.browser.get(callbackUrl);

		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(EidBrowser.location(callback)).endsWith("/my/dossiers");
		assertThat(this.browser.get("/my/dossiers").statusCode()).isEqualTo(200);
		Map<String, Object> account = this.jdbc.queryForMap("""
				select id, full_name, id_type, date_of_birth, address, phone, email, password_hash, role, status
				from account where login = ?""", person.idNumber());
		assertThat(account).containsEntry("full_name", "Nguyễn Văn An")
			.containsEntry("id_type", "CCCD")
			.containsEntry("date_of_birth", java.sql.Date.valueOf(LocalDate.of(1985, 7, 21)))
			.containsEntry("address", person.address())
			.containsEntry("phone", person.phone())
			.containsEntry("email", person.email())
			.containsEntry("role", "CITIZEN")
			.containsEntry("status", "ACTIVE");
		assertThat(account.get("password_hash")).isNull();
		Map<String, Object> link = this.jdbc.queryForMap(
				"select issuer, subject, account_type, assurance_level from electronic_identity_link where account_id = ?",
				account.get("id"));
		assertThat(link).containsEntry("issuer", this.provider.issuer())
			.containsEntry("subject", person.subject())
			.containsEntry("account_type", "citizen")
			.containsEntry("assurance_level", TestPerson.LEVEL_2);
		assertThat(auditOf(account.get("id"))).contains("EID_ACCOUNT_CREATED " + maskedNumber(person));
		assertThat(this.browser.get("/my/account").body()).contains("Nguyễn Văn An", person.idNumber(),
				"Đã liên kết với tài khoản định danh điện tử VNeID");
	}

	@Test
	void laterSignInsFindTheAccountByTheSubjectNeverByIdNumberOrEmail() {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Trần Thị Bích"));
		assertThat(EidBrowser.location(this.browser.signInAs(person))).endsWith("/my/dossiers");
		UUID account = accountIdOf(person.idNumber());

		// The provider now gives another number and e-mail for the same subject: the same account.
		String otherNumber = TestAccounts.newCccd();
		this.provider.add(person.withIdNumber(otherNumber).withEmail("doi.email@example.com"));
		EidBrowser later = new EidBrowser(this.port);
		assertThat(EidBrowser.location(later.signInAs(person))).endsWith("/my/dossiers");

		assertThat(later.get("/my/account").body()).contains(person.idNumber()).doesNotContain(otherNumber);
		assertThat(this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class, otherNumber))
			.isZero();
		assertThat(auditOf(account)).containsExactly("EID_ACCOUNT_CREATED " + maskedNumber(person),
				"EID_SIGNED_IN " + maskedNumber(person));
	}

	@ParameterizedTest
	@EnumSource(Misbehaviour.class)
	void aTokenThatFailsACheckIsRefusedWithAPageThatSaysSo(Misbehaviour misbehaviour) {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Lê Văn Cường"));
		this.provider.misbehaveOnce(misbehaviour);

		HttpResponse<String> callback = this.browser.signInAs(person);

		assertThat(EidBrowser.location(callback)).endsWith("/login/vneid/refused?reason=INVALID_RESPONSE");
		HttpResponse<String> page = this.browser.get(EidBrowser.location(callback));
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.body()).contains("Chưa đăng nhập được bằng VNeID",
				"không qua được bước kiểm tra an toàn");
		assertNotSignedIn(this.browser);
		assertThat(this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class,
				person.idNumber()))
			.isZero();
		assertThat(lastRefusal()).startsWith("INVALID_RESPONSE invalid_");
	}

	@Test
	void aReplayedCallbackIsRefusedEvenWithACopyOfItsCookie() {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Phạm Thị Dung"));
		String callback = this.browser.authorizeAs(person);
		HttpCookie request = this.browser.portalCookie("DVC-VNEID").orElseThrow();
		assertThat(EidBrowser.location(this.browser.get(callback))).endsWith("/my/dossiers");

		// The same browser again: its cookie is gone.
		assertThat(EidBrowser.location(this.browser.get(callback))).endsWith("?reason=STALE_REQUEST");

		// Someone who copied the cookie and the callback: the state is spent.
		EidBrowser copier = new EidBrowser(this.port);
		copier.restoreCookie(request);
		HttpResponse<String> replayed = copier.get(callback);
		assertThat(EidBrowser.location(replayed)).endsWith("/login/vneid/refused?reason=STALE_REQUEST");
		HttpResponse<String> page = copier.get(EidBrowser.location(replayed));
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.body()).contains("đã hết hạn hoặc đã được dùng");
		assertNotSignedIn(copier);
		// Refused by the portal before the code reached the provider (which would refuse it too).
		assertThat(lastRefusal()).isEqualTo("STALE_REQUEST authorization_request_not_found");
	}

	@Test
	void aCallbackWithAnAlteredCookieOrNoneIsRefused() {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Hoàng Văn Em"));
		String callback = this.browser.authorizeAs(person);
		HttpCookie request = this.browser.portalCookie("DVC-VNEID").orElseThrow();
		String value = request.getValue();
		HttpCookie altered = new HttpCookie("DVC-VNEID",
				value.substring(0, value.length() - 2) + (value.endsWith("A") ? "BB" : "AA"));
		altered.setPath("/login/oauth2/code/");
		EidBrowser other = new EidBrowser(this.port);
		other.restoreCookie(altered);
		assertThat(EidBrowser.location(other.get(callback))).endsWith("?reason=STALE_REQUEST");
		long refusals = refusalCount();
		assertThat(EidBrowser.location(new EidBrowser(this.port).get(callback))).endsWith("?reason=STALE_REQUEST");
		assertThat(EidBrowser.location(new EidBrowser(this.port).get("/login/oauth2/code/vneid")))
			.endsWith("?reason=INVALID_RESPONSE");
		// Without a sign-in under way in that browser, junk callbacks are refused but not recorded.
		assertThat(refusalCount()).isEqualTo(refusals);
		assertThat(new EidBrowser(this.port).get("/oauth2/authorization/another-provider").statusCode()).isEqualTo(404);
		assertNotSignedIn(other);
	}

	@Test
	void anExistingLocalAccountIsLinkedOnlyAfterItsPassword() {
		PortalUser local = TestAccounts.activeCitizen(this.context, "Đỗ Thị Giang", null);
		String number = local.getUsername();
		TestPerson person = this.provider.add(TestPerson.citizen(number, "Đỗ Thị Giang"));

		HttpResponse<String> callback = this.browser.signInAs(person);
		assertThat(EidBrowser.location(callback)).endsWith("/login/vneid/link");
		assertNotSignedIn(this.browser);
		String form = this.browser.get("/login/vneid/link").body();
		assertThat(form).contains(number.substring(0, 4) + "******" + number.substring(10)).doesNotContain(number);

		HttpResponse<String> wrong = this.browser.postForm("/login/vneid/link", Map.of("password", "khong phai mat khau"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("Mật khẩu không đúng");
		assertThat(linksOf(local.accountId().value())).isZero();
		assertNotSignedIn(this.browser);

		HttpResponse<String> right = this.browser.postForm("/login/vneid/link", Map.of("password", LOCAL_PASSWORD));
		assertThat(EidBrowser.location(right)).endsWith("/my/dossiers");
		assertThat(this.browser.get("/my/account").body()).contains("Đỗ Thị Giang", "Hủy liên kết");
		assertThat(linksOf(local.accountId().value())).isOne();
		assertThat(accountIdOf(number)).isEqualTo(local.accountId().value());

		// From now on the e-identity signs in straight to that account.
		EidBrowser later = new EidBrowser(this.port);
		assertThat(EidBrowser.location(later.signInAs(person))).endsWith("/my/dossiers");
		assertThat(auditOf(local.accountId().value())).containsExactly("EID_LINKED " + maskedNumber(person),
				"EID_SIGNED_IN " + maskedNumber(person));
		// And the local password still works.
		assertThat(new Visitor(this.port).logIn(number, LOCAL_PASSWORD).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
	}

	@Test
	void anAccountStillWaitingForActivationIsActivatedByTheLink() {
		String number = TestAccounts.newCccd();
		this.context.getBean(Registration.class)
			.register(new NewCitizen("Mai Văn Sơn", LocalDate.of(1979, 3, 4), "Xã Thạch Kim, huyện Lộc Hà",
					IdDocumentType.CCCD, number, LOCAL_PASSWORD, null, new PhoneNumber("0912777888")));
		TestPerson person = this.provider.add(TestPerson.citizen(number, "Mai Văn Sơn"));

		assertThat(EidBrowser.location(this.browser.signInAs(person))).endsWith("/login/vneid/link");
		HttpResponse<String> linked = this.browser.postForm("/login/vneid/link", Map.of("password", LOCAL_PASSWORD));

		assertThat(EidBrowser.location(linked)).endsWith("/my/dossiers");
		assertThat(this.jdbc.queryForObject("select status from account where login = ?", String.class, number))
			.isEqualTo("ACTIVE");
		assertThat(linksOf(accountIdOf(number))).isOne();
	}

	@Test
	void anAccountOpenedWithTheEidHasNoPasswordToLogInWithAndCannotBeUnlinked() {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Vũ Văn Hải"));
		this.browser.signInAs(person);
		UUID account = accountIdOf(person.idNumber());

		for (String password : List.of("", "null", LOCAL_PASSWORD)) {
			assertThat(new Visitor(this.port).logIn(person.idNumber(), password).headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=bad"));
		}
		String profile = this.browser.get("/my/account").body();
		assertThat(profile).contains("không hủy liên kết được").doesNotContain("Hủy liên kết</button>");
		UUID link = this.jdbc.queryForObject("select id from electronic_identity_link where account_id = ?", UUID.class,
				account);
		HttpResponse<String> unlink = this.browser.postForm("/my/account/links/" + link + "/delete", Map.of());
		assertThat(EidBrowser.location(unlink)).endsWith("/my/account");
		assertThat(linksOf(account)).isOne();
	}

	@Test
	void aLinkedAccountWithAPasswordCanBeUnlinked() {
		PortalUser local = TestAccounts.activeCitizen(this.context, "Ngô Thị Lan", null);
		TestPerson person = this.provider.add(TestPerson.citizen(local.getUsername(), "Ngô Thị Lan"));
		this.browser.signInAs(person);
		this.browser.postForm("/login/vneid/link", Map.of("password", LOCAL_PASSWORD));
		UUID link = this.jdbc.queryForObject("select id from electronic_identity_link where account_id = ?", UUID.class,
				local.accountId().value());

		HttpResponse<String> unlink = this.browser.postForm("/my/account/links/" + link + "/delete", Map.of());

		assertThat(EidBrowser.location(unlink)).endsWith("/my/account");
		assertThat(this.browser.get("/my/account").body()).contains("Đã hủy liên kết");
		assertThat(linksOf(local.accountId().value())).isZero();
		assertThat(auditOf(local.accountId().value())).endsWith("EID_UNLINKED " + maskedNumber(person));
	}

	@Test
	void anOrganisationsEidIsRefused() {
		TestPerson organisation = this.provider
			.add(TestPerson.citizen(TestAccounts.newCccd(), "Công ty TNHH Hà Tĩnh Xanh").asOrganisation());

		HttpResponse<String> callback = this.browser.signInAs(organisation);

		assertThat(EidBrowser.location(callback)).endsWith("?reason=ORGANISATION");
		HttpResponse<String> page = this.browser.get(EidBrowser.location(callback));
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("tài khoản định danh điện tử của cá nhân");
		assertThat(this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class,
				organisation.idNumber()))
			.isZero();
		assertNotSignedIn(this.browser);
	}

	@Test
	void aPersonWhoseEidGaveNoBirthDateOrAddressCompletesThemBeforeFiling() {
		TestPerson person = this.provider
			.add(TestPerson.citizen(TestAccounts.newCccd(), "Bùi Thị Mai").withoutBirthdateAndAddress());
		UUID procedure = DossierForms.conferenceProcedure(this.catalog).id().value();

		HttpResponse<String> callback = this.browser.signInAs(person);
		assertThat(EidBrowser.location(callback)).endsWith("/my/account/complete");
		HttpResponse<String> form = this.browser.get("/dossiers/new?procedure=" + procedure);
		assertThat(EidBrowser.location(form)).endsWith("/my/account/complete?procedure=" + procedure);
		assertThat(this.browser.get(EidBrowser.location(form)).body()).contains("Bổ sung thông tin tài khoản",
				"Bùi Thị Mai");

		HttpResponse<String> incomplete = this.browser.postForm("/my/account/complete?procedure=" + procedure,
				Map.of("dateOfBirth", "", "address", ""));
		assertThat(incomplete.statusCode()).isEqualTo(200);
		assertThat(incomplete.body()).contains("is-invalid");

		HttpResponse<String> completed = this.browser.postForm("/my/account/complete?procedure=" + procedure,
				Map.of("dateOfBirth", "1992-02-29", "address", "Thôn Đông, xã Thạch Hà", "phone", ""));
		assertThat(EidBrowser.location(completed)).endsWith("/dossiers/new?procedure=" + procedure);
		assertThat(this.browser.get("/dossiers/new?procedure=" + procedure).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForMap("select date_of_birth, address from account where login = ?",
				person.idNumber()))
			.containsEntry("date_of_birth", java.sql.Date.valueOf(LocalDate.of(1992, 2, 29)))
			.containsEntry("address", "Thôn Đông, xã Thạch Hà");
	}

	@Test
	void loggingOutEndsTheProvidersSessionToo() {
		TestPerson person = this.provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Đặng Văn Nam"));
		this.browser.signInAs(person);

		HttpResponse<String> logout = this.browser.postForm("/logout", Map.of());

		// A page that leads on to the provider's logout: a redirect after the logout form would be
		// refused by the browser (form-action 'self').
		assertThat(logout.statusCode()).isEqualTo(200);
		assertNotSignedIn(this.browser);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"vneid-logout\" data-follow href=\"([^\"]+)\"")
			.matcher(logout.body());
		assertThat(link.find()).as("the link to the provider's logout").isTrue();
		String providerLogout = org.springframework.web.util.HtmlUtils.htmlUnescape(link.group(1));
		assertThat(providerLogout).startsWith(this.provider.issuer() + "/connect/logout?id_token_hint=")
			.contains("post_logout_redirect_uri=");
		HttpResponse<String> back = this.browser.get(providerLogout);
		assertThat(EidBrowser.location(back)).isEqualTo(this.browser.portal() + "/?loggedOut");
		assertNotSignedIn(this.browser);
		// The provider asks who is signing in again: its session ended.
		HttpResponse<String> again = this.browser.get(this.browser.get("/oauth2/authorization/vneid")
			.headers()
			.firstValue("Location")
			.orElseThrow());
		assertThat(EidBrowser.location(again)).isEqualTo(this.provider.issuer() + "/login");
	}

	@Test
	void aPasswordLoginLogsOutOfThePortalOnly() {
		PortalUser local = TestAccounts.activeCitizen(this.context, "Lý Thị Oanh", null);
		Visitor visitor = new Visitor(this.port);
		visitor.logIn(local.getUsername(), LOCAL_PASSWORD);
		String token = Visitor.csrfToken(visitor.get("/my/dossiers").body());

		HttpResponse<String> logout = visitor.post("/logout", Map.of("_csrf", token));

		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/?loggedOut");
	}

	private long sessionCount() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private long refusalCount() {
		return this.jdbc.queryForObject("select count(*) from audit_event where kind = 'EID_REFUSED'", Long.class);
	}

	private String lastRefusal() {
		return this.jdbc.queryForObject("select detail from audit_event where kind = 'EID_REFUSED' order by id desc limit 1",
				String.class);
	}

	private void assertNotSignedIn(EidBrowser visitor) {
		HttpResponse<String> mine = visitor.get("/my/dossiers");
		assertThat(mine.statusCode()).isEqualTo(302);
		assertThat(EidBrowser.location(mine)).endsWith("/login");
	}

	private UUID accountIdOf(String login) {
		return this.jdbc.queryForObject("select id from account where login = ?", UUID.class, login);
	}

	private int linksOf(UUID accountId) {
		return this.jdbc.queryForObject("select count(*) from electronic_identity_link where account_id = ?",
				Integer.class, accountId);
	}

	private List<String> auditOf(Object accountId) {
		return this.jdbc.queryForList("select kind || ' ' || coalesce(subject, '') from audit_event where actor_id = ? order by id",
				String.class, accountId);
	}

	private static String maskedNumber(TestPerson person) {
		return person.idNumber().substring(0, 4) + "******" + person.idNumber().substring(10);
	}

}

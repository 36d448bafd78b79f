package vn.dvc.portal.account.web.admin;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officer accounts as the administrator manages them: created without a password and given a
 * link by e-mail, disabled with their sessions ended at once, and reset links that work once.
 */
@PortalTest
class OfficerAdministrationTest {

	private static final Pattern RESET_LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

	private static final String PASSWORD = "mat khau cua can bo 2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	private PortalUser admin;

	private String login;

	private String email;

	private UUID agency;

	@BeforeEach
	void aNewOfficersName() {
		this.admin = TestAccounts.staff(this.context, "admin");
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.login = "canbo.thu" + suffix;
		this.email = "canbo.thu" + suffix + "@example.com";
		this.agency = this.catalog.agencies().get(0).id().value();
	}

	@Test
	void aNewOfficerSetsTheirPasswordFromTheEmailedLinkOnce() throws Exception {
		createOfficer();
		assertThat(this.jdbc.queryForObject("select role || '/' || agency_id from account where login = ?", String.class,
				this.login)).isEqualTo("OFFICER/" + this.agency);
		// No password works before the link is used.
		this.mvc.perform(formLogin("/login").userParameter("login").user(this.login).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error=bad"));

		String token = latestResetToken();
		this.mvc.perform(get("/password/reset").param("token", token)).andExpect(model().attribute("usable", true));
		setPassword(token, PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
		this.mvc.perform(formLogin("/login").userParameter("login").user(this.login).password(PASSWORD))
			.andExpect(redirectedUrl("/desk"));

		// Used once: the same link neither shows the form nor changes the password again.
		this.mvc.perform(get("/password/reset").param("token", token)).andExpect(model().attribute("usable", false));
		setPassword(token, "mot mat khau khac han 2026").andExpect(status().isOk())
			.andExpect(model().attribute("usable", false));
		this.mvc.perform(formLogin("/login").userParameter("login").user(this.login).password("mot mat khau khac han 2026"))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin("/login").userParameter("login").user(this.login).password(PASSWORD))
			.andExpect(redirectedUrl("/desk"));
	}

	@Test
	void aResetLinkSentByTheAdministratorReplacesTheEarlierOne() throws Exception {
		UUID id = createOfficer();
		String first = latestResetToken();
		this.mvc.perform(post("/admin/officers/{id}/reset", id).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/officers"))
			.andExpect(flash().attribute("successKey", "admin.officer.resetSent"));
		assertThat(resetTokens()).hasSize(2);
		String second = latestResetToken();
		assertThat(second).isNotEqualTo(first);

		setPassword(first, PASSWORD).andExpect(model().attribute("usable", false));
		setPassword(second, PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
		setPassword(second, PASSWORD).andExpect(model().attribute("usable", false));
		this.mvc.perform(get("/password/reset").param("token", "khong-phai-token")).andExpect(status().isOk())
			.andExpect(model().attribute("usable", false));
	}

	@Test
	void disablingAnOfficerEndsTheirSessionAndTheyCannotLogInAgain() throws Exception {
		UUID id = createOfficer();
		setPassword(latestResetToken(), PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
		Cookie session = this.mvc
			.perform(formLogin("/login").userParameter("login").user(this.login).password(PASSWORD))
			.andExpect(redirectedUrl("/desk"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the database session's cookie").isNotNull();
		this.mvc.perform(get("/desk").cookie(session)).andExpect(status().isOk());
		assertThat(sessionsOf(this.login)).isOne();

		this.mvc.perform(post("/admin/officers/{id}/disable", id).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/officers"))
			.andExpect(flash().attribute("successKey", "admin.officer.disabled"));

		assertThat(sessionsOf(this.login)).isZero();
		this.mvc.perform(get("/desk").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").userParameter("login").user(this.login).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error=locked"));

		this.mvc.perform(post("/admin/officers/{id}/enable", id).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/officers"));
		this.mvc.perform(formLogin("/login").userParameter("login").user(this.login).password(PASSWORD))
			.andExpect(redirectedUrl("/desk"));
	}

	@Test
	void anOfficerNeedsALoginOfTheirOwnAndAKnownAgency() throws Exception {
		createOfficer();
		this.mvc.perform(post("/admin/officers").with(user(this.admin)).with(csrf())
			.param("login", this.login.toUpperCase())
			.param("fullName", "Người trùng tên đăng nhập")
			.param("agencyId", this.agency.toString())
			.param("email", "trung-" + this.email)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("officerForm", "login", "admin.officer.login.taken"));
		this.mvc.perform(post("/admin/officers").with(user(this.admin)).with(csrf())
			.param("login", this.login + ".x")
			.param("fullName", "Cán bộ cơ quan lạ")
			.param("agencyId", UUID.randomUUID().toString())
			.param("email", "la-" + this.email)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("officerForm", "agencyId"));
		assertThat(this.jdbc.queryForObject("select count(*) from account where login like ?", Integer.class,
				this.login + "%")).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where recipient like ?", Integer.class,
				"%-" + this.email)).isZero();
	}

	private UUID createOfficer() throws Exception {
		this.mvc.perform(post("/admin/officers").with(user(this.admin)).with(csrf())
			.param("login", this.login)
			.param("fullName", "Nguyễn Thị Cán Bộ")
			.param("agencyId", this.agency.toString())
			.param("email", this.email))
			.andExpect(redirectedUrl("/admin/officers"))
			.andExpect(flash().attribute("successKey", "admin.officer.created"));
		assertThat(resetTokens()).as("the link in the outbox").hasSize(1);
		return this.jdbc.queryForObject("select id from account where login = ?", UUID.class, this.login);
	}

	private List<String> resetTokens() {
		return this.jdbc
			.queryForList("select body from outbox_message where channel = 'EMAIL' and recipient = ? order by created_at",
					String.class, this.email)
			.stream()
			.map(body -> {
				Matcher matcher = RESET_LINK.matcher(body);
				assertThat(matcher.find()).as("a password link in %s", body).isTrue();
				assertThat(body).contains("Nguyễn Thị Cán Bộ");
				return matcher.group(1);
			})
			.toList();
	}

	private String latestResetToken() {
		List<String> tokens = resetTokens();
		return tokens.get(tokens.size() - 1);
	}

	private org.springframework.test.web.servlet.ResultActions setPassword(String token, String password)
			throws Exception {
		return this.mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", password)
			.param("passwordRepeat", password));
	}

	private int sessionsOf(String principal) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				principal);
	}

}

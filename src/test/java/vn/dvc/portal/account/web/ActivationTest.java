package vn.dvc.portal.account.web;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.notify.DevMailbox;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** From registration to the first login: the e-mailed link, the SMS code and its attempt limit. */
@PortalTest
class ActivationTest {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	private String accountStatus(String login) {
		return this.jdbc.queryForObject("select status from account where login = ?", String.class, login);
	}

	private void loginFails(String login, String password, String reason) throws Exception {
		this.mvc.perform(formLogin("/login").userParameter("login").user(login).password(password))
			.andExpect(redirectedUrl("/login?error=" + reason))
			.andExpect(unauthenticated());
	}

	@Test
	void theEmailedLinkActivatesTheAccountOnceAndOpensTheLogin() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String email = "kichhoat-" + UUID.randomUUID() + "@example.com";
		this.mvc.perform(RegistrationForms.register(idNumber, email, "0912345678"))
			.andExpect(redirectedUrl("/register/done"));
		String token = RegistrationForms.activationToken(RegistrationForms.latestTo(this.mailbox, email));

		loginFails(idNumber, RegistrationForms.PASSWORD, "inactive");

		// Opening the link only shows a page: mail scanners that follow links do not spend it.
		this.mvc.perform(get("/activate").param("token", token))
			.andExpect(status().isOk())
			.andExpect(view().name("account/activate"))
			.andExpect(model().attribute("token", token));
		this.mvc.perform(get("/activate").param("token", token)).andExpect(status().isOk());
		assertThat(accountStatus(idNumber)).isEqualTo("PENDING_ACTIVATION");

		this.mvc.perform(post("/activate").param("token", token).with(csrf()))
			.andExpect(redirectedUrl("/login?activated"));
		assertThat(accountStatus(idNumber)).isEqualTo("ACTIVE");

		this.mvc.perform(post("/activate").param("token", token).with(csrf()))
			.andExpect(redirectedUrl("/activate/resend"))
			.andExpect(flash().attribute("invalid", true));

		loginFails(idNumber, RegistrationForms.PASSWORD + "x", "bad");
		this.mvc.perform(formLogin("/login").userParameter("login").user(idNumber).password(RegistrationForms.PASSWORD))
			.andExpect(redirectedUrl("/my/dossiers"))
			.andExpect(authenticated().withUsername(idNumber).withRoles("CITIZEN"));
		// The ID number may be typed with spaces.
		this.mvc.perform(formLogin("/login").userParameter("login")
			.user(idNumber.substring(0, 4) + " " + idNumber.substring(4))
			.password(RegistrationForms.PASSWORD)).andExpect(redirectedUrl("/my/dossiers"));
	}

	@Test
	void aWrongOrMissingTokenActivatesNothing() throws Exception {
		this.mvc.perform(post("/activate").param("token", "khong-phai-token").with(csrf()))
			.andExpect(redirectedUrl("/activate/resend"))
			.andExpect(flash().attribute("invalid", true));
		this.mvc.perform(post("/activate").with(csrf()))
			.andExpect(redirectedUrl("/activate/resend"));
		this.mvc.perform(post("/activate").param("token", "x")).andExpect(status().isForbidden());
	}

	@Test
	void aWrongPasswordAndAnUnknownLoginLookTheSame() throws Exception {
		loginFails("admin", "not-the-password", "bad");
		loginFails(TestAccounts.newCccd(), "whatever-it-is", "bad");
		// An account waiting for activation is only revealed to whoever knows its password.
		String idNumber = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(idNumber, "cho-" + UUID.randomUUID() + "@example.com", "0912345678"))
			.andExpect(redirectedUrl("/register/done"));
		loginFails(idNumber, "wrong-password-here", "bad");
	}

	@Test
	void staffLandOnTheirOwnPages() throws Exception {
		this.mvc.perform(formLogin("/login").userParameter("login").user("canbo.songoaivu").password("demo12345"))
			.andExpect(redirectedUrl("/desk"))
			.andExpect(authenticated().withRoles("OFFICER"));
		this.mvc.perform(formLogin("/login").userParameter("login").user("ADMIN").password("demo12345"))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withRoles("ADMIN"));
	}

	private String smsCode(String phone) {
		DevMailbox.Entry sms = RegistrationForms.latestTo(this.mailbox, phone);
		assertThat(sms.channel()).isEqualTo("SMS");
		assertThat(sms.subject()).isNull();
		Matcher matcher = SIX_DIGITS.matcher(sms.body());
		assertThat(matcher.find()).as("a code in %s", sms.body()).isTrue();
		return matcher.group(1);
	}

	private String registerBySms(String idNumber, String phone) throws Exception {
		this.mvc.perform(RegistrationForms.register(idNumber, null, phone))
			.andExpect(redirectedUrl("/register/done"))
			.andExpect(flash().attribute("channel", "SMS"));
		return smsCode(phone);
	}

	private void tryCode(String login, String code) throws Exception {
		this.mvc.perform(post("/activate/code").param("login", login).param("code", code).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("account/activate-code"))
			.andExpect(model().attribute("invalid", true));
	}

	@Test
	void withoutEmailTheCodeGoesBySms() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String phone = RegistrationForms.newMobile();
		String code = registerBySms(idNumber, phone);

		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where channel = 'SMS' and recipient = ?",
				Integer.class, phone)).isOne();
		assertThat(this.jdbc.queryForObject("select email from account where login = ?", String.class, idNumber)).isNull();

		this.mvc.perform(post("/activate/code").param("login", idNumber).param("code", " " + code + " ").with(csrf()))
			.andExpect(redirectedUrl("/login?activated"));
		assertThat(accountStatus(idNumber)).isEqualTo("ACTIVE");
		this.mvc.perform(formLogin("/login").userParameter("login").user(idNumber).password(RegistrationForms.PASSWORD))
			.andExpect(redirectedUrl("/my/dossiers"));
	}

	@Test
	void afterFiveWrongCodesEvenTheRightCodeIsRefused() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String code = registerBySms(idNumber, RegistrationForms.newMobile());
		String wrong = String.format(Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);

		for (int i = 0; i < 5; i++) {
			tryCode(idNumber, wrong);
		}
		tryCode(idNumber, code);

		assertThat(accountStatus(idNumber)).isEqualTo("PENDING_ACTIVATION");
		loginFails(idNumber, RegistrationForms.PASSWORD, "inactive");
	}

	@Test
	void fourWrongCodesStillLeaveTheRightOneWorking() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String code = registerBySms(idNumber, RegistrationForms.newMobile());
		String wrong = String.format(Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);

		for (int i = 0; i < 4; i++) {
			tryCode(idNumber, wrong);
		}
		this.mvc.perform(post("/activate/code").param("login", idNumber).param("code", code).with(csrf()))
			.andExpect(redirectedUrl("/login?activated"));
	}

	@Test
	void aCodeOnlyActivatesTheAccountItWasSentFor() throws Exception {
		String first = TestAccounts.newCccd();
		String second = TestAccounts.newCccd();
		String firstCode = registerBySms(first, RegistrationForms.newMobile());
		registerBySms(second, RegistrationForms.newMobile());

		tryCode(second, firstCode);
		assertThat(accountStatus(second)).isEqualTo("PENDING_ACTIVATION");
		tryCode(TestAccounts.newCccd(), firstCode);
		assertThat(accountStatus(first)).isEqualTo("PENDING_ACTIVATION");
	}

	@Test
	void aResentCodeReplacesTheOldOne() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String phone = RegistrationForms.newMobile();
		String oldCode = registerBySms(idNumber, phone);

		this.mvc.perform(post("/activate/resend").param("login", idNumber).with(csrf()))
			.andExpect(redirectedUrl("/activate/resend"))
			.andExpect(flash().attribute("resent", true));
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class,
				phone)).isEqualTo(2);
		String newCode = smsCode(phone);

		if (!newCode.equals(oldCode)) {
			tryCode(idNumber, oldCode);
		}
		this.mvc.perform(post("/activate/code").param("login", idNumber).param("code", newCode).with(csrf()))
			.andExpect(redirectedUrl("/login?activated"));
	}

	@Test
	void resendingSaysTheSameWhetherOrNotTheAccountExists() throws Exception {
		this.mvc.perform(post("/activate/resend").param("login", TestAccounts.newCccd()).with(csrf()))
			.andExpect(redirectedUrl("/activate/resend"))
			.andExpect(flash().attribute("resent", true));
		this.mvc.perform(post("/activate/resend").param("login", "admin").with(csrf()))
			.andExpect(redirectedUrl("/activate/resend"))
			.andExpect(flash().attribute("resent", true));
	}

}

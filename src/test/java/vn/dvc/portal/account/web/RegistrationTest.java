package vn.dvc.portal.account.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.notify.DevMailbox;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /register with the captcha off (test profile), through the whole portal: what a valid
 * registration stores and mails. The form's input rules are {@link RegistrationFormTest}'s.
 */
@PortalTest
class RegistrationTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

	private int accounts(String login) {
		return this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class, login);
	}

	@Test
	void aValidRegistrationWaitsForActivationAndMailsTheLink() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String email = "dangky-" + UUID.randomUUID() + "@example.com";

		this.mvc.perform(RegistrationForms.register(idNumber, email, "0912 345 678"))
			.andExpect(redirectedUrl("/register/done"))
			.andExpect(flash().attribute("channel", "EMAIL"));

		var account = this.jdbc.queryForMap("select status, role, phone, email, password_hash from account where login = ?",
				idNumber);
		assertThat(account).containsEntry("status", "PENDING_ACTIVATION")
			.containsEntry("role", "CITIZEN")
			.containsEntry("phone", "0912345678")
			.containsEntry("email", email);
		assertThat((String) account.get("password_hash")).startsWith("{argon2}")
			.doesNotContain(RegistrationForms.PASSWORD);

		DevMailbox.Entry mail = RegistrationForms.latestTo(this.mailbox, email);
		assertThat(mail.channel()).isEqualTo("EMAIL");
		assertThat(mail.subject()).isEqualTo(text("mail.activation.subject"));
		assertThat(mail.body()).startsWith("Chào Nguyễn Thị Đăng Ký,");
		assertThat(RegistrationForms.activationToken(mail)).hasSizeGreaterThanOrEqualTo(40);
		this.mvc.perform(get("/register/done").flashAttr("channel", "EMAIL")).andExpect(status().isOk());
	}

	@Test
	void idNumbersAreStoredWithoutSeparators() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String typed = idNumber.substring(0, 4) + " " + idNumber.substring(4, 8) + "." + idNumber.substring(8);

		this.mvc.perform(RegistrationForms.register(typed, "tach-" + UUID.randomUUID() + "@example.com", "0912345678"))
			.andExpect(redirectedUrl("/register/done"));

		assertThat(accounts(idNumber)).isOne();
	}

	@Test
	void registeringANumberThatHasAnAccountAnswersAsForANewOneAndTellsTheContactOnFile() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String first = "lan1-" + UUID.randomUUID() + "@example.com";
		MvcResult fresh = this.mvc.perform(RegistrationForms.register(idNumber, first, "0912345678"))
			.andExpect(redirectedUrl("/register/done"))
			.andReturn();
		int mailsToFirst = mailsTo(first);

		// A stranger registers the same number, typed with spaces, with another address.
		String stranger = "lan2-" + UUID.randomUUID() + "@example.com";
		MvcResult repeated = this.mvc
			.perform(RegistrationForms.register(idNumber.substring(0, 6) + " " + idNumber.substring(6), stranger,
					"0988745896"))
			.andExpect(redirectedUrl("/register/done"))
			.andReturn();

		// The same answer as for a new number: nothing tells the stranger the number has an account.
		assertThat((java.util.Map<String, Object>) repeated.getFlashMap()).isEqualTo(fresh.getFlashMap());
		assertThat(accounts(idNumber)).isOne();
		assertThat(mailsTo(stranger)).isZero();
		// The owner's contact on file hears of it: the account was never activated, so a new link.
		assertThat(mailsTo(first)).isEqualTo(mailsToFirst + 1);
		assertThat(RegistrationForms.latestTo(this.mailbox, first).subject()).isEqualTo(text("mail.activation.subject"));
	}

	@Test
	void aRepeatedRegistrationOfAnActiveAccountSendsANoticeToItsOwner() throws Exception {
		String email = "chu-" + UUID.randomUUID() + "@example.com";
		String idNumber = TestAccounts.activeCitizen(this.context, "Chủ Tài Khoản", email).getUsername();

		this.mvc.perform(RegistrationForms.register(idNumber, "la-" + UUID.randomUUID() + "@example.com", "0912345678"))
			.andExpect(redirectedUrl("/register/done"))
			.andExpect(flash().attribute("channel", "EMAIL"));
		this.mvc.perform(RegistrationForms.register(idNumber, null, "0912345678"))
			.andExpect(redirectedUrl("/register/done"))
			.andExpect(flash().attribute("channel", "SMS"));

		DevMailbox.Entry notice = RegistrationForms.latestTo(this.mailbox, email);
		assertThat(notice.subject()).isEqualTo(text("mail.registrationRepeated.subject"));
		assertThat(notice.body()).startsWith("Chào Chủ Tài Khoản,").contains("/login");
		assertThat(this.jdbc.queryForObject("select status from account where login = ?", String.class, idNumber))
			.isEqualTo("ACTIVE");
	}

	private int mailsTo(String recipient) {
		return (int) this.mailbox.latest().stream().filter(entry -> recipient.equals(entry.recipient())).count();
	}

}

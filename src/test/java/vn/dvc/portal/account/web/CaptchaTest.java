package vn.dvc.portal.account.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration captcha, switched on. Sessions are Spring Session's (JDBC), so the session is
 * carried by its cookie and read from its repository.
 */
@PortalTest
@TestPropertySource(properties = "dvc.captcha.enabled=true")
class CaptchaTest {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	MockMvc mvc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	JdbcTemplate jdbc;

	/** Shows a new image in the session of the cookie (a new session without one); returns the cookie. */
	private Cookie showImage(Cookie session) throws Exception {
		var request = get("/captcha");
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		byte[] png = result.getResponse().getContentAsByteArray();
		assertThat(png).startsWith(PNG_SIGNATURE);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(180);
		assertThat(image.getHeight()).isEqualTo(56);
		Cookie cookie = result.getResponse().getCookie("SESSION");
		return (cookie != null) ? cookie : session;
	}

	private String answer(Cookie session) {
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		Session stored = this.sessions.findById(id);
		assertThat(stored).as("session %s", id).isNotNull();
		Object answer = stored.getAttribute("vn.dvc.portal.account.web.Captcha.answer");
		assertThat(answer).isInstanceOf(Captcha.Answer.class);
		return ((Captcha.Answer) answer).text();
	}

	private int accounts(String login) {
		return this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class, login);
	}

	@Test
	void theFormAsksForTheCaptcha() throws Exception {
		this.mvc.perform(get("/register")).andExpect(status().isOk()).andExpect(model().attribute("captchaEnabled", true));
	}

	@Test
	void theImageIsAPngWhoseAnswerStaysOnTheServer() throws Exception {
		Cookie session = showImage(null);
		assertThat(session).as("session cookie").isNotNull();
		String first = answer(session);
		assertThat(first).matches("[A-HJ-NP-Z2-9]{5}");

		// Each new image replaces the answer in the session; three equal answers in a row would
		// happen once in 32^10.
		showImage(session);
		String second = answer(session);
		showImage(session);
		String third = answer(session);
		assertThat(java.util.Set.of(first, second, third)).hasSizeGreaterThan(1);
	}

	@Test
	void theRightAnswerLetsTheRegistrationThroughAndCannotBeUsedTwice() throws Exception {
		Cookie session = showImage(null);
		String answer = answer(session);

		String idNumber = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", " " + answer.toLowerCase() + " ").cookie(session))
			.andExpect(redirectedUrl("/register/done"));
		assertThat(accounts(idNumber)).isOne();

		String another = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(another, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", answer).cookie(session))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		assertThat(accounts(another)).isZero();
	}

	@Test
	void aWrongAnswerIsRefusedAndSpendsTheImage() throws Exception {
		Cookie session = showImage(null);
		String answer = answer(session);
		String wrong = answer.charAt(0) == 'A' ? "B" + answer.substring(1) : "A" + answer.substring(1);

		String idNumber = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", wrong).cookie(session))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		// The right answer, typed after a wrong one, is too late: the image is spent.
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", answer).cookie(session))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		assertThat(accounts(idNumber)).isZero();
	}

	@Test
	void withoutAnImageNoAnswerIsRight() throws Exception {
		String idNumber = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", "ABCDE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678"))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		assertThat(accounts(idNumber)).isZero();
	}

}

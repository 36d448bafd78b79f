package vn.dvc.portal.account.web;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The registration captcha, switched on. The challenge travels in its own cookie, its answer
 * encrypted; no server session is created for it.
 */
@PortalTest
@TestPropertySource(properties = "dvc.captcha.enabled=true")
class CaptchaTest {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	MockMvc mvc;

	@Autowired
	Captcha captcha;

	@Autowired
	JdbcTemplate jdbc;

	/** Shows a new image; returns the cookie that carries its challenge. */
	private Cookie showImage() throws Exception {
		MvcResult result = this.mvc.perform(get("/captcha")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		byte[] png = result.getResponse().getContentAsByteArray();
		assertThat(png).startsWith(PNG_SIGNATURE);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(180);
		assertThat(image.getHeight()).isEqualTo(56);
		assertThat(result.getResponse().getCookie("SESSION")).as("no session for a captcha").isNull();
		Cookie challenge = result.getResponse().getCookie(Captcha.COOKIE);
		assertThat(challenge).isNotNull();
		assertThat(challenge.isHttpOnly()).isTrue();
		return challenge;
	}

	/** The answer, read the way the server reads it: the cookie alone does not show it. */
	private String answer(Cookie challenge) {
		String answer = this.captcha.answerIn(challenge.getValue()).orElseThrow();
		// The cookie is sealed: its answer cannot be read in it, in any case (a chance match of five
		// given characters in sixty of base64 is about one in twenty million).
		assertThat(challenge.getValue()).doesNotContainIgnoringCase(answer);
		return answer;
	}

	private int accounts(String login) {
		return this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class, login);
	}

	@Test
	void theFormAsksForTheCaptcha() throws Exception {
		this.mvc.perform(get("/register")).andExpect(status().isOk()).andExpect(model().attribute("captchaEnabled", true));
	}

	@Test
	void theImageIsAPngWhoseAnswerOnlyTheServerCanRead() throws Exception {
		Cookie first = showImage();
		assertThat(answer(first)).matches("[A-HJ-NP-Z2-9]{5}");
		// Three equal answers in a row would happen once in 32^10.
		assertThat(Set.of(answer(first), answer(showImage()), answer(showImage()))).hasSizeGreaterThan(1);
		// A changed cookie carries no answer at all.
		String value = first.getValue();
		String altered = value.substring(0, value.length() - 2) + (value.endsWith("A") ? "BB" : "AA");
		assertThat(this.captcha.answerIn(altered)).isEmpty();
		assertThat(this.captcha.answerIn("not-a-challenge")).isEmpty();
	}

	@Test
	void theRightAnswerLetsTheRegistrationThroughAndCannotBeUsedTwice() throws Exception {
		Cookie challenge = showImage();
		String answer = answer(challenge);

		String idNumber = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", " " + answer.toLowerCase() + " ").cookie(challenge))
			.andExpect(redirectedUrl("/register/done"));
		assertThat(accounts(idNumber)).isOne();

		String another = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(another, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", answer).cookie(challenge))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		assertThat(accounts(another)).isZero();
	}

	@Test
	void aWrongAnswerIsRefusedAndSpendsTheImage() throws Exception {
		Cookie challenge = showImage();
		String answer = answer(challenge);
		String wrong = answer.charAt(0) == 'A' ? "B" + answer.substring(1) : "A" + answer.substring(1);

		String idNumber = TestAccounts.newCccd();
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", wrong).cookie(challenge))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "captcha", "registration.captcha.wrong"));
		// The right answer, typed after a wrong one, is too late: the image is spent.
		this.mvc.perform(RegistrationForms.register(idNumber, "captcha-" + UUID.randomUUID() + "@example.com",
				"0912345678", "captcha", answer).cookie(challenge))
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

package vn.dvc.portal.account.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import vn.dvc.portal.account.PasswordPolicy;
import vn.dvc.portal.account.Registration;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The registration form's input rules, on the web layer alone: the real controller, validator,
 * password policy, templates, messages and security; the registration service that a valid form
 * would reach is a double that records the call, and a refused form must never reach it. The
 * captcha is off, as in the test profile. What a valid registration stores and mails is
 * {@link RegistrationTest}'s.
 */
@PortalWebTest(RegistrationController.class)
@Import({ RegistrationFormValidator.class, PasswordPolicy.class })
class RegistrationFormTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@MockitoBean
	Registration registration;

	@MockitoBean
	Captcha captcha;

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

	@Test
	void theFormIsShown() throws Exception {
		this.mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(view().name("account/register"))
			.andExpect(model().attribute("captchaEnabled", false))
			.andExpect(model().attributeExists("registrationForm"));
	}

	@Test
	void aPassportNumberHasALetterAndSevenDigits() throws Exception {
		refused("idNumber", "admin", "idType", "PASSPORT").andExpect(model()
			.attributeHasFieldErrorCode("registrationForm", "idNumber", "registration.idNumber.format.PASSPORT"));
	}

	/** The form posted with a new CCCD number and these fields replaced: shown again, never registered. */
	private ResultActions refused(String... overrides) throws Exception {
		ResultActions result = this.mvc
			.perform(RegistrationForms.register(TestAccounts.newCccd(), "sai@example.com", "0912345678", overrides))
			.andExpect(status().isOk())
			.andExpect(view().name("account/register"));
		verifyNoInteractions(this.registration);
		return result;
	}

	@Test
	void aBadPhoneNumberIsRefused() throws Exception {
		refused("phone", "0112345678")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "phone", "registration.phone.format"));
		refused("phone", "12345")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "phone", "registration.phone.format"));
	}

	@Test
	void aCitizenIdentityCardNumberHasTwelveDigits() throws Exception {
		refused("idNumber", TestAccounts.newCccd().substring(1)).andExpect(model()
			.attributeHasFieldErrorCode("registrationForm", "idNumber", "registration.idNumber.format.CCCD"));
	}

	@Test
	void thePasswordsMustMatch() throws Exception {
		refused("passwordRepeat", RegistrationForms.PASSWORD + "!").andExpect(model()
			.attributeHasFieldErrorCode("registrationForm", "passwordRepeat", "registration.passwordRepeat.mismatch"));
	}

	@Test
	void aCommonPasswordIsRefused() throws Exception {
		refused("password", "password123", "passwordRepeat", "password123")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "password", "password.too-common"));
		refused("password", "ngắn", "passwordRepeat", "ngắn")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "password", "password.too-short"));
	}

	@Test
	void missingFieldsAreNamed() throws Exception {
		refused("fullName", " ", "address", null, "dateOfBirth", "2999-01-01")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "fullName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "address", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "dateOfBirth", "Past"));
		refused("dateOfBirth", "17/05/1990")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "dateOfBirth", "typeMismatch"));
		refused("email", "khong-phai-email")
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "email", "Email"));
	}

	@Test
	void theFormComesBackWithWhatWasTypedButNeverThePasswords() throws Exception {
		String secret = "bi-mat-khong-duoc-lo-ra-2024";
		MvcResult result = refused("phone", "12345", "password", secret, "passwordRepeat", secret)
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "phone", "registration.phone.format"))
			.andReturn();

		RegistrationForm form = (RegistrationForm) result.getModelAndView().getModel().get("registrationForm");
		assertThat(form.getFullName()).isEqualTo("Nguyễn Thị Đăng Ký");
		assertThat(form.getAddress()).isEqualTo("Số 12 Hà Huy Tập, thành phố Hà Tĩnh");
		assertThat(form.getPhone()).isEqualTo("12345");
		assertThat(form.getPassword()).isNull();
		assertThat(form.getPasswordRepeat()).isNull();
		// The secret is plain ASCII, which HTML escaping leaves as it is: absent means not sent.
		assertThat(result.getResponse().getContentAsString()).contains(text("registration.phone.format"))
			.doesNotContain(secret);
	}

	@Test
	void aRefusedPasswordIsNotSentBackEither() throws Exception {
		MvcResult common = refused("password", "password123", "passwordRepeat", "password123").andReturn();
		assertThat(common.getResponse().getContentAsString()).contains(text("password.too-common"))
			.doesNotContain("password123");

		String secret = "mot-mat-khau-rieng-2024";
		MvcResult mismatch = refused("password", secret, "passwordRepeat", secret + "-khac").andReturn();
		assertThat(mismatch.getResponse().getContentAsString())
			.contains(text("registration.passwordRepeat.mismatch"))
			.doesNotContain(secret);
	}

	@Test
	void aRegistrationWithoutCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/register").param("fullName", "Nguyễn Văn An").param("idType", "CCCD")
			.param("idNumber", TestAccounts.newCccd()).param("password", RegistrationForms.PASSWORD)
			.param("passwordRepeat", RegistrationForms.PASSWORD).param("phone", "0912345678")
			.param("dateOfBirth", "1990-05-17").param("address", "Hà Tĩnh"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.registration);
	}

}

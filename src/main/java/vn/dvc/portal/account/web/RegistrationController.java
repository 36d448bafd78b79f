package vn.dvc.portal.account.web;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.ActivationIssued;
import vn.dvc.portal.account.IdDocumentType;
import vn.dvc.portal.account.NewCitizen;
import vn.dvc.portal.account.PasswordPolicy;
import vn.dvc.portal.account.Registration;

@Controller
class RegistrationController {

	private static final String VIEW = "account/register";

	private final Registration registration;

	private final RegistrationFormValidator validator;

	private final Captcha captcha;

	RegistrationController(Registration registration, RegistrationFormValidator validator, Captcha captcha) {
		this.registration = registration;
		this.validator = validator;
		this.captcha = captcha;
	}

	@ModelAttribute
	void formChoices(Model model) {
		model.addAttribute("idTypes", IdDocumentType.values());
		model.addAttribute("captchaEnabled", this.captcha.enabled());
		model.addAttribute("passwordMin", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("passwordMax", PasswordPolicy.MAX_LENGTH);
	}

	@GetMapping("/register")
	String initCreationForm(Model model) {
		RegistrationForm form = new RegistrationForm();
		form.setIdType(IdDocumentType.CCCD);
		model.addAttribute("registrationForm", form);
		return VIEW;
	}

	@PostMapping("/register")
	String processCreationForm(@Valid RegistrationForm registrationForm, BindingResult result,
			@CookieValue(name = Captcha.COOKIE, required = false) String challenge, RedirectAttributes redirect) {
		this.validator.validate(registrationForm, result);
		if (this.captcha.enabled() && !this.captcha.check(challenge, registrationForm.getCaptcha())) {
			result.rejectValue("captcha", "registration.captcha.wrong");
		}
		if (result.hasErrors()) {
			registrationForm.forgetSecrets();
			return VIEW;
		}
		NewCitizen citizen = registrationForm.toNewCitizen();
		ActivationIssued.Channel channel;
		try {
			channel = this.registration.register(citizen).channel();
		}
		catch (DataIntegrityViolationException ex) {
			// The same number registered a moment earlier by a parallel request: that one's contact
			// was told, and this answer must not differ from the one for a new number.
			channel = (citizen.email() != null) ? ActivationIssued.Channel.EMAIL : ActivationIssued.Channel.SMS;
		}
		redirect.addFlashAttribute("channel", channel.name());
		return "redirect:/register/done";
	}

	@GetMapping("/register/done")
	String registered() {
		return "account/register-done";
	}

}

package vn.dvc.portal.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.Registration;

/**
 * Activation by the e-mailed link (shown first as a page with a button, so that mail scanners that
 * open links do not spend it) or by the code sent by SMS.
 */
@Controller
class ActivationController {

	private final Registration registration;

	ActivationController(Registration registration) {
		this.registration = registration;
	}

	@GetMapping("/activate")
	String confirmLink(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "account/activate";
	}

	@PostMapping("/activate")
	String activateByLink(@RequestParam(required = false) String token, RedirectAttributes redirect) {
		if (this.registration.activateByLink(token) == Registration.Activation.ACTIVATED) {
			return "redirect:/login?activated";
		}
		redirect.addFlashAttribute("invalid", true);
		return "redirect:/activate/resend";
	}

	@GetMapping("/activate/code")
	String codeForm() {
		return "account/activate-code";
	}

	@PostMapping("/activate/code")
	String activateByCode(@RequestParam(required = false) String login, @RequestParam(required = false) String code,
			Model model) {
		if (this.registration.activateByCode(login, code) == Registration.Activation.ACTIVATED) {
			return "redirect:/login?activated";
		}
		model.addAttribute("invalid", true);
		return "account/activate-code";
	}

	@GetMapping("/activate/resend")
	String resendForm() {
		return "account/activate-resend";
	}

	@PostMapping("/activate/resend")
	String resend(@RequestParam(required = false) String login, RedirectAttributes redirect) {
		if (login != null && !login.isBlank()) {
			this.registration.resendActivation(login);
		}
		redirect.addFlashAttribute("resent", true);
		return "redirect:/activate/resend";
	}

}

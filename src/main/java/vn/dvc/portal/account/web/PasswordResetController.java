package vn.dvc.portal.account.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.account.PasswordPolicy;
import vn.dvc.portal.account.StaffAdministration;

/** Setting a new password from the link the administrator had e-mailed. */
@Controller
class PasswordResetController {

	private final StaffAdministration staff;

	PasswordResetController(StaffAdministration staff) {
		this.staff = staff;
	}

	@GetMapping("/password/reset")
	String form(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", this.staff.isResetUsable(token));
		model.addAttribute("passwordMin", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("passwordMax", PasswordPolicy.MAX_LENGTH);
		return "account/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordRepeat, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", true);
		model.addAttribute("passwordMin", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("passwordMax", PasswordPolicy.MAX_LENGTH);
		if (password == null || !password.equals(passwordRepeat)) {
			model.addAttribute("errorKey", "registration.passwordRepeat.mismatch");
			return "account/password-reset";
		}
		try {
			Optional<PasswordPolicy.Violation> violation = this.staff.resetPassword(token, password);
			if (violation.isPresent()) {
				model.addAttribute("errorKey", violation.get().messageKey());
				return "account/password-reset";
			}
		}
		catch (StaffAdministration.InvalidTokenException ex) {
			model.addAttribute("usable", false);
			return "account/password-reset";
		}
		return "redirect:/login?passwordSet";
	}

}

package vn.dvc.portal.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dvc.portal.account.VneidProperties;

@Controller
class LoginController {

	private final VneidProperties vneid;

	LoginController(VneidProperties vneid) {
		this.vneid = vneid;
	}

	/** The same page for every visitor: the e-identity button depends on the configuration only. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("vneidEnabled", this.vneid.enabled());
		return "account/login";
	}

}

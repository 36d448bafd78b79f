package vn.dvc.portal.audit.web;

import jakarta.validation.constraints.Max;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.audit.AuditTrail;
import vn.dvc.portal.shared.web.Paging;

/** The administrator reads the audit log; nobody can change it (there is no form, and the table refuses). */
@Controller
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") @Max(value = Paging.MAX_PAGE, message = "{error.page.range}") int page,
			Model model) {
		model.addAttribute("events", this.trail.page(Math.max(page, 0)));
		return "admin/audit";
	}

}

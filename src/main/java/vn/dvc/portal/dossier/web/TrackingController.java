package vn.dvc.portal.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.dossier.DossierCode;
import vn.dvc.portal.dossier.DossierTracking;

/** "Tra cứu hồ sơ": anyone can follow a dossier by its code; no personal data is shown. */
@Controller
class TrackingController {

	private final DossierTracking tracking;

	TrackingController(DossierTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) String code, Model model) {
		boolean searched = code != null && !code.isBlank();
		model.addAttribute("code", code);
		model.addAttribute("searched", searched);
		if (searched) {
			model.addAttribute("result", DossierCode.parse(code).flatMap(this.tracking::track).orElse(null));
		}
		return "dossier/track";
	}

}

package vn.dvc.portal.dossier.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.ApplicantView;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.shared.web.Paging;

/** "Hồ sơ của tôi": the citizen's own dossiers and each one's page. */
@Controller
class MyDossiersController {

	private final CitizenDossiers dossiers;

	MyDossiersController(CitizenDossiers dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/my/dossiers")
	String list(@RequestParam(defaultValue = "0") @Max(value = Paging.MAX_PAGE, message = "{error.page.range}") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("dossiers", this.dossiers.list(user.accountId(), page));
		return "dossier/list";
	}

	@GetMapping("/my/dossiers/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, Model model) {
		ApplicantView view = this.dossiers.applicantView(Actor.of(user),
				new DossierId(id));
		model.addAttribute("dossier", view.dossier());
		model.addAttribute("applicant", view);
		return "dossier/view";
	}

}

package vn.dvc.portal.dossier.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.ApplicantView;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierSummary;
import vn.dvc.portal.shared.security.Viewer;
import vn.dvc.portal.shared.web.Paging;

/** "Hồ sơ của tôi": the citizen's own dossiers and each one's page. */
@Controller
class MyDossiersController {

	private final CitizenDossiers dossiers;

	private final MyDossierPages pages;

	private final DossierRows rows;

	private final Viewer viewer;

	MyDossiersController(CitizenDossiers dossiers, MyDossierPages pages, DossierRows rows, Viewer viewer) {
		this.dossiers = dossiers;
		this.pages = pages;
		this.rows = rows;
		this.viewer = viewer;
	}

	@GetMapping("/my/dossiers")
	ModelAndView list(
			@RequestParam(defaultValue = "0") @Max(value = Paging.MAX_PAGE, message = "{error.page.range}") int page,
			@AuthenticationPrincipal PortalUser user, CsrfToken token, Locale locale, Model model) {
		Page<DossierSummary> listed = this.dossiers.list(user.accountId(), page);
		// A message carried over from the previous page (a flash attribute) is rendered with the page.
		if (!model.containsAttribute("successKey") && !model.containsAttribute("warningKey")) {
			return new ModelAndView(this.pages.page(listed, this.viewer.current(), token, locale));
		}
		model.addAttribute("dossiers", listed);
		model.addAttribute("rows", this.rows.html(listed.getContent(), locale));
		return new ModelAndView(MyDossierPages.TEMPLATE);
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

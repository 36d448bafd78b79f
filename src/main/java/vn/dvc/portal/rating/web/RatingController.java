package vn.dvc.portal.rating.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.rating.RatingRefusedException;
import vn.dvc.portal.rating.RatingSheet;
import vn.dvc.portal.rating.SatisfactionSurvey;

/**
 * The rating page of a dossier: the owner's, under "Hồ sơ của tôi", and the officer's at the
 * counter, who records the rating the owner gives on their behalf. After a rating the page thanks
 * and shows it, with a way to change it while that is allowed.
 */
@Controller
class RatingController {

	private final SatisfactionSurvey survey;

	RatingController(SatisfactionSurvey survey) {
		this.survey = survey;
	}

	@GetMapping("/my/dossiers/{id}/rating")
	String showOwn(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean change,
			@AuthenticationPrincipal PortalUser citizen, Model model) {
		return page(this.survey.sheetForOwner(citizen, new DossierId(id)), change, false, model);
	}

	@PostMapping("/my/dossiers/{id}/rating")
	ModelAndView rateOwn(@PathVariable UUID id, @ModelAttribute RatingForm form,
			@AuthenticationPrincipal PortalUser citizen, RedirectAttributes redirect) {
		DossierId dossier = new DossierId(id);
		try {
			this.survey.rateAsOwner(citizen, dossier, form.toAnswers(), form.getComment());
		}
		catch (RatingRefusedException ex) {
			return refused(ex, this.survey.sheetForOwner(citizen, dossier), form, false);
		}
		redirect.addFlashAttribute("successKey", "rating.thanks");
		return new ModelAndView("redirect:/my/dossiers/" + id + "/rating");
	}

	@GetMapping("/desk/dossiers/{id}/rating")
	String showAtCounter(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean change,
			@AuthenticationPrincipal PortalUser officer, Model model) {
		return page(this.survey.sheetAtCounter(officer, new DossierId(id)), change, true, model);
	}

	@PostMapping("/desk/dossiers/{id}/rating")
	ModelAndView rateAtCounter(@PathVariable UUID id, @ModelAttribute RatingForm form,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		DossierId dossier = new DossierId(id);
		try {
			this.survey.rateAtCounter(officer, dossier, form.toAnswers(), form.getComment());
		}
		catch (RatingRefusedException ex) {
			return refused(ex, this.survey.sheetAtCounter(officer, dossier), form, true);
		}
		redirect.addFlashAttribute("successKey", "rating.recordedAtCounter");
		return new ModelAndView("redirect:/desk/dossiers/" + id + "/rating");
	}

	private static String page(RatingSheet sheet, boolean change, boolean atCounter, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("editing", sheet.changeable() && (!sheet.given() || change));
		model.addAttribute("atCounter", atCounter);
		return "rating/form";
	}

	/**
	 * An answer missing or a comment refused: the form again, with what was typed and why. A
	 * dossier not offered or a rating past its change window goes to the advice's error pages.
	 */
	private static ModelAndView refused(RatingRefusedException ex, RatingSheet sheet, RatingForm form,
			boolean atCounter) {
		if (ex.reason() == RatingRefusedException.Reason.NOT_OFFERED
				|| ex.reason() == RatingRefusedException.Reason.CLOSED) {
			throw ex;
		}
		ModelAndView page = new ModelAndView("rating/form", HttpStatus.BAD_REQUEST);
		page.addObject("sheet", sheet);
		page.addObject("editing", true);
		page.addObject("atCounter", atCounter);
		page.addObject("posted", form);
		page.addObject("warningKey", ex.reason().messageKey());
		return page;
	}

}

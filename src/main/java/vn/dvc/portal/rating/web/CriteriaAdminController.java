package vn.dvc.portal.rating.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.rating.CriteriaAdministration;
import vn.dvc.portal.rating.RatingRefusedException;
import vn.dvc.portal.rating.Scale;

/** The administrator's page of the survey's questions. */
@Controller
class CriteriaAdminController {

	private static final String PAGE = "redirect:/admin/rating-criteria";

	private final CriteriaAdministration criteria;

	CriteriaAdminController(CriteriaAdministration criteria) {
		this.criteria = criteria;
	}

	@GetMapping("/admin/rating-criteria")
	String list(Model model) {
		model.addAttribute("criteria", this.criteria.all());
		model.addAttribute("scales", Scale.values());
		return "rating/criteria";
	}

	@PostMapping("/admin/rating-criteria")
	String add(@RequestParam(required = false) String question, @RequestParam(required = false) Scale scale,
			@RequestParam(required = false) Integer position, RedirectAttributes redirect) {
		if (scale == null || position == null) {
			redirect.addFlashAttribute("warningKey", RatingRefusedException.Reason.QUESTION_INVALID.messageKey());
			return PAGE;
		}
		return saved(() -> this.criteria.add(question, scale, position), redirect);
	}

	@PostMapping("/admin/rating-criteria/{id}")
	String reword(@PathVariable UUID id, @RequestParam(required = false) String question,
			@RequestParam(required = false) Integer position, RedirectAttributes redirect) {
		if (position == null) {
			redirect.addFlashAttribute("warningKey", RatingRefusedException.Reason.QUESTION_INVALID.messageKey());
			return PAGE;
		}
		return saved(() -> this.criteria.reword(id, question, position), redirect);
	}

	@PostMapping("/admin/rating-criteria/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		CriteriaAdministration.Removal removal = this.criteria.remove(id);
		redirect.addFlashAttribute("successKey", "rating.criteria.removed." + removal.name());
		return PAGE;
	}

	@PostMapping("/admin/rating-criteria/{id}/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		this.criteria.restore(id);
		redirect.addFlashAttribute("successKey", "admin.saved");
		return PAGE;
	}

	private static String saved(Runnable change, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("successKey", "admin.saved");
		}
		catch (RatingRefusedException ex) {
			redirect.addFlashAttribute("warningKey", ex.reason().messageKey());
		}
		return PAGE;
	}

}

package vn.dvc.portal.catalog.web.admin;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.CodeTakenException;
import vn.dvc.portal.shared.NotFoundException;

@Controller
class AgencyAdminController {

	private static final String FORM = "admin/agency-form";

	private final Catalog catalog;

	private final CatalogAdministration administration;

	AgencyAdminController(Catalog catalog, CatalogAdministration administration) {
		this.catalog = catalog;
		this.administration = administration;
	}

	@GetMapping("/admin/agencies")
	String list(Model model) {
		model.addAttribute("agencies", this.catalog.agencies());
		return "admin/agencies";
	}

	@GetMapping("/admin/agencies/new")
	String initCreationForm(Model model) {
		return form(model, new AgencyForm(), null);
	}

	@PostMapping("/admin/agencies/new")
	String processCreationForm(@Valid AgencyForm agencyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.createAgency(agencyForm.toAgency());
				redirect.addFlashAttribute("successKey", "admin.saved");
				return "redirect:/admin/agencies";
			}
			catch (CodeTakenException ex) {
				result.rejectValue("code", "admin.agency.code.taken");
			}
		}
		return form(model, agencyForm, null);
	}

	@GetMapping("/admin/agencies/{id}")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		return form(model, AgencyForm.of(this.catalog.agency(new AgencyId(id)).orElseThrow(() -> new NotFoundException("Agency"))), id);
	}

	@PostMapping("/admin/agencies/{id}")
	String processUpdateForm(@PathVariable UUID id, @Valid AgencyForm agencyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.updateAgency(new AgencyId(id), agencyForm.toAgency());
				redirect.addFlashAttribute("successKey", "admin.saved");
				return "redirect:/admin/agencies";
			}
			catch (CodeTakenException ex) {
				result.rejectValue("code", "admin.agency.code.taken");
			}
		}
		return form(model, agencyForm, id);
	}

	private static String form(Model model, AgencyForm form, UUID id) {
		model.addAttribute("agencyForm", form);
		model.addAttribute("agencyId", id);
		model.addAttribute("levels", AdminLevel.values());
		return FORM;
	}

}

package vn.dvc.portal.account.web.admin;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.AccountId;
import vn.dvc.portal.account.LoginTakenException;
import vn.dvc.portal.account.StaffAdministration;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.Catalog;

/** Officer accounts: create, disable and enable, send a password reset link. */
@Controller
class OfficerAdminController {

	private final StaffAdministration staff;

	private final Catalog catalog;

	OfficerAdminController(StaffAdministration staff, Catalog catalog) {
		this.staff = staff;
		this.catalog = catalog;
	}

	/** A new officer account. */
	public static class OfficerForm {

		@NotBlank(message = "{admin.officer.login.required}")
		@Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{admin.officer.login.format}")
		private String login;

		@NotBlank(message = "{admin.officer.name.required}")
		@Size(max = 120, message = "{dossier.field.tooLong}")
		private String fullName;

		@NotNull(message = "{admin.procedure.agency.required}")
		private UUID agencyId;

		@NotBlank(message = "{admin.officer.email.required}")
		@Email(message = "{registration.email.format}")
		@Size(max = 255, message = "{dossier.field.tooLong}")
		private String email;

		public String getLogin() {
			return this.login;
		}

		public void setLogin(String login) {
			this.login = login;
		}

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public UUID getAgencyId() {
			return this.agencyId;
		}

		public void setAgencyId(UUID agencyId) {
			this.agencyId = agencyId;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	@GetMapping("/admin/officers")
	String list(Model model) {
		return show(model, new OfficerForm());
	}

	@PostMapping("/admin/officers")
	String create(@Valid OfficerForm officerForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (officerForm.getAgencyId() != null
				&& this.catalog.agency(new AgencyId(officerForm.getAgencyId())).isEmpty()) {
			result.rejectValue("agencyId", "admin.procedure.agency.required");
		}
		if (!result.hasErrors()) {
			try {
				this.staff.createOfficer(officerForm.getLogin(), officerForm.getFullName(), officerForm.getAgencyId(),
						officerForm.getEmail());
				redirect.addFlashAttribute("successKey", "admin.officer.created");
				return "redirect:/admin/officers";
			}
			catch (LoginTakenException ex) {
				result.rejectValue("login", "admin.officer.login.taken");
			}
		}
		return show(model, officerForm);
	}

	@PostMapping("/admin/officers/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		this.staff.disable(new AccountId(id));
		redirect.addFlashAttribute("successKey", "admin.officer.disabled");
		return "redirect:/admin/officers";
	}

	@PostMapping("/admin/officers/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		this.staff.enable(new AccountId(id));
		redirect.addFlashAttribute("successKey", "admin.officer.enabled");
		return "redirect:/admin/officers";
	}

	@PostMapping("/admin/officers/{id}/reset")
	String reset(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.staff.sendPasswordReset(new AccountId(id));
			redirect.addFlashAttribute("successKey", "admin.officer.resetSent");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("warningKey", "admin.officer.noEmail");
		}
		return "redirect:/admin/officers";
	}

	private String show(Model model, OfficerForm form) {
		Map<UUID, String> agencies = this.catalog.agencies()
			.stream()
			.collect(Collectors.toMap(agency -> agency.id().value(), AgencySummary::name));
		model.addAttribute("officerForm", form);
		model.addAttribute("staff", this.staff.staff());
		model.addAttribute("agencyNames", agencies);
		model.addAttribute("agencies", this.catalog.agencies());
		return "admin/officers";
	}

}

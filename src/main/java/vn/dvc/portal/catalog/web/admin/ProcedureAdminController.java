package vn.dvc.portal.catalog.web.admin;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.CodeTakenException;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.documents.StoredDocument;
import vn.dvc.portal.documents.UploadRejectedException;
import vn.dvc.portal.shared.NotFoundException;

/** Procedures of the catalogue: create, revise (each change a new revision), attach blank forms. */
@Controller
class ProcedureAdminController {

	/** Agencies publish their forms as PDF, or as Word and spreadsheet templates to fill in. */
	private static final Set<FileFormat> TEMPLATE_FORMATS = EnumSet.of(FileFormat.PDF, FileFormat.DOCX, FileFormat.XLSX,
			FileFormat.ODT, FileFormat.ODS);

	private static final String FORM = "admin/procedure-form";

	private final Catalog catalog;

	private final CatalogAdministration administration;

	private final Documents documents;

	ProcedureAdminController(Catalog catalog, CatalogAdministration administration, Documents documents) {
		this.catalog = catalog;
		this.administration = administration;
		this.documents = documents;
	}

	@GetMapping("/admin/procedures")
	String list(Model model) {
		model.addAttribute("procedures", this.administration.allProcedures());
		return "admin/procedures";
	}

	@GetMapping("/admin/procedures/new")
	String initCreationForm(Model model) {
		return form(model, ProcedureForm.empty(), null);
	}

	@PostMapping("/admin/procedures/new")
	String processCreationForm(@Valid ProcedureForm procedureForm, BindingResult result,
			@AuthenticationPrincipal(expression = "displayName") String admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ProcedureId id = this.administration.createProcedure(procedureForm.toNewProcedure(), admin);
				redirect.addFlashAttribute("successKey", "admin.saved");
				return "redirect:/admin/procedures/" + id;
			}
			catch (CodeTakenException ex) {
				result.rejectValue("code", "admin.procedure.code.taken");
			}
		}
		return form(model, procedureForm, null);
	}

	@GetMapping("/admin/procedures/{id}")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		ProcedureDetails procedure = procedure(id);
		return form(model, ProcedureForm.of(procedure, procedure.allRequirements()), procedure);
	}

	@PostMapping("/admin/procedures/{id}")
	String processUpdateForm(@PathVariable UUID id, @Valid ProcedureForm procedureForm, BindingResult result,
			@AuthenticationPrincipal(expression = "displayName") String admin, Model model, RedirectAttributes redirect) {
		ProcedureDetails procedure = procedure(id);
		if (procedureForm.hasUnnamedRequirement()) {
			result.reject("admin.procedure.requirement.name");
		}
		if (!result.hasErrors()) {
			this.administration.reviseProcedure(procedure.id(), procedureForm.toChanges(), admin);
			redirect.addFlashAttribute("successKey", "admin.procedure.revised");
			return "redirect:/admin/procedures/" + id;
		}
		return form(model, procedureForm, procedure);
	}

	@PostMapping("/admin/procedures/{id}/requirements/{requirementId}/template")
	String uploadTemplate(@PathVariable UUID id, @PathVariable UUID requirementId,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		ProcedureDetails procedure = procedure(id);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("warningKey", "import.fileRequired");
			return "redirect:/admin/procedures/" + id;
		}
		try {
			StoredDocument stored = this.documents.store(
					new Documents.Upload(file, file.getOriginalFilename(), file.getSize(), null),
					TEMPLATE_FORMATS, this.documents.maxBytes(null));
			this.administration.attachTemplate(procedure.id(), requirementId, stored.id());
			redirect.addFlashAttribute("successKey", "admin.template.saved");
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("warningKey", "admin.template.rejected");
		}
		return "redirect:/admin/procedures/" + id;
	}

	private ProcedureDetails procedure(UUID id) {
		return this.catalog.procedure(new ProcedureId(id)).orElseThrow(() -> new NotFoundException("Procedure"));
	}

	private String form(Model model, ProcedureForm form, ProcedureDetails procedure) {
		model.addAttribute("procedureForm", form);
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencies", this.catalog.agencies());
		model.addAttribute("serviceLevels", ServiceLevel.values());
		model.addAttribute("adminLevels", AdminLevel.values());
		model.addAttribute("formats", FileFormat.values());
		model.addAttribute("templateAccept",
				TEMPLATE_FORMATS.stream().map(FileFormat::accept).collect(java.util.stream.Collectors.joining(",")));
		return FORM;
	}

}

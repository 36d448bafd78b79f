package vn.dvc.portal.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.IllegalDossierActionException;
import vn.dvc.portal.dossier.Party;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.Provinces;
import vn.dvc.portal.shared.security.Viewer;

/**
 * The dossier form: "Lưu lại" saves a draft (always, whatever is still missing), "Gửi đi" saves
 * and submits in the same transaction, "Xóa" deletes the draft.
 */
@Controller
class DossierFormController {

	private static final String VIEW = "dossier/form";

	private final CitizenDossiers dossiers;

	private final Catalog catalog;

	private final Documents documents;

	private final DossierFormValidator validator;

	private final NewDossierForms forms;

	private final Viewer viewer;

	DossierFormController(CitizenDossiers dossiers, Catalog catalog, Documents documents,
			DossierFormValidator validator, NewDossierForms forms, Viewer viewer) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.documents = documents;
		this.validator = validator;
		this.forms = forms;
		this.viewer = viewer;
	}

	@GetMapping("/dossiers/new")
	ModelAndView initCreationForm(@RequestParam("procedure") UUID procedureId, @AuthenticationPrincipal PortalUser user,
			CsrfToken token, Locale locale, Model model, RedirectAttributes redirect) {
		ProcedureDetails procedure = procedure(procedureId);
		if (!procedure.summary().acceptingDossiers()) {
			redirect.addFlashAttribute("warningKey", "dossier.procedureClosed");
			return new ModelAndView("redirect:/procedures/" + procedureId);
		}
		CitizenDossiers.NewForm filled = this.dossiers.newFormFor(user.accountId());
		Party submitter = filled.submitter();
		DossierForm form = DossierForm.newFor(procedureId, submitter);
		List<PersonalDocumentView> stored = filled.storedDocuments();
		// A message carried over from the previous page (a flash attribute) is rendered with the whole form.
		if (!model.containsAttribute("successKey") && !model.containsAttribute("warningKey")) {
			return new ModelAndView(this.forms.page(procedure, form, submitter, stored,
					Map.of("maxFileSizeMb", maxFileSizeMb()), this.viewer.current(), token, locale));
		}
		return new ModelAndView(show(model, procedure, form, null, stored));
	}

	@GetMapping("/my/dossiers/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, Model model) {
		DossierView dossier = this.dossiers.view(Actor.of(user), new DossierId(id));
		if (!dossier.isDraft()) {
			return "redirect:/my/dossiers/" + id;
		}
		return show(model, procedure(dossier.procedureId()), DossierForm.of(dossier), dossier,
				this.dossiers.storedDocuments(user.accountId()));
	}

	@PostMapping({ "/dossiers", "/my/dossiers/{id}/edit" })
	String processForm(@PathVariable(required = false) UUID id, @Valid DossierForm dossierForm, BindingResult result,
			@RequestParam MultiValueMap<String, MultipartFile> files, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal PortalUser user,
			Model model, RedirectAttributes redirect) {
		ProcedureDetails procedure = procedure(dossierForm.getProcedureId());
		if (id == null && !procedure.summary().acceptingDossiers()) {
			// The form was opened before the procedure was dropped from the published list.
			redirect.addFlashAttribute("warningKey", "dossier.procedureClosed");
			return "redirect:/procedures/" + procedure.id();
		}
		Actor actor = Actor.of(user);
		if (result.hasErrors()) {
			DossierView existing = (id != null) ? this.dossiers.view(actor, new DossierId(id)) : null;
			if (existing != null && !existing.isDraft()) {
				return alreadySent(existing.id(), (existing.status() == DossierStatus.SUBMITTED) ? existing.code() : null,
						redirect);
			}
			model.addAttribute("notSaved", true);
			return show(model, procedure, dossierForm, existing, this.dossiers.storedDocuments(user.accountId()));
		}
		boolean submit = "submit".equals(action);
		if (submit) {
			// What the form alone can tell; the draft is saved whatever it says.
			this.validator.validateSubmission(dossierForm, result);
		}
		// A citizen's login is their ID number: the submitter's number on the dossier.
		CitizenDossiers.Filing filing = this.dossiers.file(actor,
				new CitizenDossiers.DraftChanges(procedure.id(), (id != null) ? new DossierId(id) : null,
						dossierForm.getFormKey(), dossierForm.getVersion(), dossierForm.toContent(user.getUsername()),
						dossierForm.getRemoveAttachments(), FormFiles.uploads(files, user), FormFiles.fromStore(params)),
				submit && !result.hasErrors());
		switch (filing.outcome()) {
			case ALREADY_SENT -> {
				return alreadySent(filing.id(), (filing.code() != null) ? filing.code().value() : null, redirect);
			}
			case SUBMITTED -> {
				redirect.addFlashAttribute("submittedCode", filing.code().value());
				return "redirect:/my/dossiers/" + filing.id();
			}
			default -> {
			}
		}
		if (filing.rejections().isEmpty() && !submit) {
			redirect.addFlashAttribute("successKey", "dossier.saved");
			return "redirect:/my/dossiers/" + filing.id() + "/edit";
		}
		DossierView dossier = this.dossiers.view(actor, filing.id());
		dossierForm.setVersion(dossier.version());
		dossierForm.setRemoveAttachments(new ArrayList<>());
		if (!filing.rejections().isEmpty()) {
			model.addAttribute("rejections", filing.rejections());
			return show(model, procedure, dossierForm, dossier, this.dossiers.storedDocuments(user.accountId()));
		}
		if (!filing.missing().isEmpty()) {
			model.addAttribute("missing", filing.missing());
		}
		filing.incomplete().forEach(field -> result.reject("dossier.incomplete." + field));
		model.addAttribute("savedButNotSubmitted", true);
		return show(model, procedure, dossierForm, dossier, this.dossiers.storedDocuments(user.accountId()));
	}

	@PostMapping("/my/dossiers/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			this.dossiers.deleteDraft(Actor.of(user), new DossierId(id));
		}
		catch (IllegalDossierActionException ex) {
			redirect.addFlashAttribute("warningKey", "dossier.notDeletable");
			return "redirect:/my/dossiers/" + id;
		}
		redirect.addFlashAttribute("successKey", "dossier.deleted");
		return "redirect:/my/dossiers";
	}

	/**
	 * The form was sent again for a dossier already submitted (a double click, the back button):
	 * show the dossier with the code it already has, as if this were the first time.
	 * @param code the dossier's code while it waits for receipt, null once it has moved on
	 */
	private static String alreadySent(DossierId id, String code, RedirectAttributes redirect) {
		if (code != null) {
			redirect.addFlashAttribute("submittedCode", code);
		}
		else {
			redirect.addFlashAttribute("warningKey", "dossier.notEditable");
		}
		return "redirect:/my/dossiers/" + id;
	}

	private String show(Model model, ProcedureDetails procedure, DossierForm form, DossierView dossier,
			List<PersonalDocumentView> stored) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("dossierForm", form);
		model.addAttribute("dossier", dossier);
		model.addAttribute("provinces", Provinces.ALL);
		model.addAttribute("maxFileSizeMb", maxFileSizeMb());
		model.addAttribute("storedDocuments", stored);
		return VIEW;
	}

	private long maxFileSizeMb() {
		return this.documents.maxBytes(null) / (1024 * 1024);
	}

	private ProcedureDetails procedure(UUID procedureId) {
		if (procedureId == null) {
			throw new NotFoundException("Procedure");
		}
		return this.catalog.procedure(new ProcedureId(procedureId)).orElseThrow(() -> new NotFoundException("Procedure"));
	}

}

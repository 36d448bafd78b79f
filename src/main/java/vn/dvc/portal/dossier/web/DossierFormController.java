package vn.dvc.portal.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierCode;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.IllegalDossierActionException;
import vn.dvc.portal.dossier.IncompleteDossierException;
import vn.dvc.portal.dossier.MissingDocumentsException;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.Provinces;

/**
 * The dossier form: "Lưu lại" saves a draft (always, whatever is still missing), "Gửi đi" saves
 * and then submits, "Xóa" deletes the draft.
 */
@Controller
public class DossierFormController {

	private static final String VIEW = "dossier/form";

	public static final String FILE_PREFIX = "file-";

	static final String STORE_PREFIX = "store-";

	private final CitizenDossiers dossiers;

	private final Catalog catalog;

	private final Documents documents;

	private final DossierFormValidator validator;

	DossierFormController(CitizenDossiers dossiers, Catalog catalog, Documents documents,
			DossierFormValidator validator) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.documents = documents;
		this.validator = validator;
	}

	@GetMapping("/dossiers/new")
	String initCreationForm(@RequestParam("procedure") UUID procedureId, @AuthenticationPrincipal PortalUser user,
			Model model, RedirectAttributes redirect) {
		ProcedureDetails procedure = procedure(procedureId);
		if (!procedure.summary().acceptingDossiers()) {
			redirect.addFlashAttribute("warningKey", "dossier.procedureClosed");
			return "redirect:/procedures/" + procedureId;
		}
		DossierForm form = DossierForm.newFor(procedureId, this.dossiers.submitterOf(user.accountId()));
		return show(model, user, procedure, form, null);
	}

	@GetMapping("/my/dossiers/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, Model model) {
		DossierView dossier = this.dossiers.view(actor(user), new DossierId(id));
		if (!dossier.isDraft()) {
			return "redirect:/my/dossiers/" + id;
		}
		return show(model, user, procedure(dossier.procedureId()), DossierForm.of(dossier), dossier);
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
		Actor actor = actor(user);
		DossierView existing = (id != null) ? this.dossiers.view(actor, new DossierId(id)) : null;
		if (existing != null && !existing.isDraft()) {
			return alreadySent(existing, redirect);
		}
		if (result.hasErrors()) {
			model.addAttribute("notSaved", true);
			return show(model, user, procedure, dossierForm, existing);
		}
		CitizenDossiers.Saved saved = save(user, procedure, id, dossierForm, uploads(files, user), fromStore(params));
		DossierView dossier = this.dossiers.view(actor, saved.id());
		if (!dossier.isDraft()) {
			return alreadySent(dossier, redirect);
		}
		dossierForm.setVersion(dossier.version());
		dossierForm.setRemoveAttachments(new ArrayList<>());
		if (!saved.rejections().isEmpty()) {
			model.addAttribute("rejections", saved.rejections());
			return show(model, user, procedure, dossierForm, dossier);
		}
		if (!"submit".equals(action)) {
			redirect.addFlashAttribute("successKey", "dossier.saved");
			return "redirect:/my/dossiers/" + saved.id() + "/edit";
		}
		this.validator.validateSubmission(dossierForm, result);
		if (result.hasErrors()) {
			model.addAttribute("savedButNotSubmitted", true);
			return show(model, user, procedure, dossierForm, dossier);
		}
		try {
			DossierCode code = this.dossiers.submit(actor, saved.id());
			redirect.addFlashAttribute("submittedCode", code.value());
			return "redirect:/my/dossiers/" + saved.id();
		}
		catch (MissingDocumentsException ex) {
			model.addAttribute("missing", ex.missing());
			model.addAttribute("savedButNotSubmitted", true);
			return show(model, user, procedure, dossierForm, dossier);
		}
		catch (IncompleteDossierException ex) {
			ex.fields().forEach(field -> result.reject("dossier.incomplete." + field));
			model.addAttribute("savedButNotSubmitted", true);
			return show(model, user, procedure, dossierForm, dossier);
		}
	}

	@PostMapping("/my/dossiers/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			this.dossiers.deleteDraft(actor(user), new DossierId(id));
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
	 */
	private static String alreadySent(DossierView dossier, RedirectAttributes redirect) {
		if (dossier.code() != null && dossier.status() == vn.dvc.portal.dossier.DossierStatus.SUBMITTED) {
			redirect.addFlashAttribute("submittedCode", dossier.code());
		}
		else {
			redirect.addFlashAttribute("warningKey", "dossier.notEditable");
		}
		return "redirect:/my/dossiers/" + dossier.id();
	}

	/** A double click on a new form races two first saves; the loser finds the winner's draft. */
	private CitizenDossiers.Saved save(PortalUser user, ProcedureDetails procedure, UUID id, DossierForm form,
			Map<UUID, List<Documents.Upload>> uploads, Map<UUID, List<UUID>> fromStore) {
		Actor actor = actor(user);
		DossierId dossierId = (id != null) ? new DossierId(id) : null;
		String submitterIdNumber = this.dossiers.submitterOf(user.accountId()).idNumber();
		try {
			return this.dossiers.saveDraft(actor, procedure.id(), dossierId, form.getFormKey(), form.getVersion(),
					form.toContent(submitterIdNumber), form.getRemoveAttachments(), uploads, fromStore);
		}
		catch (DataIntegrityViolationException ex) {
			if (!violates(ex, "dossier_form_key_uk")) {
				throw ex;
			}
			// The same form was saved at the same moment by another request (a double click):
			// save onto the draft that request created.
			return this.dossiers.saveDraft(actor, procedure.id(), dossierId, form.getFormKey(), null,
					form.toContent(submitterIdNumber), form.getRemoveAttachments(), uploads, fromStore);
		}
	}

	private static boolean violates(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& constraint.equals(violation.getConstraintName())) {
				return true;
			}
		}
		return false;
	}

	private String show(Model model, PortalUser user, ProcedureDetails procedure, DossierForm form, DossierView dossier) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("dossierForm", form);
		model.addAttribute("dossier", dossier);
		model.addAttribute("provinces", Provinces.ALL);
		model.addAttribute("maxFileSizeMb", this.documents.maxBytes(null) / (1024 * 1024));
		model.addAttribute("storedDocuments", this.dossiers.storedDocuments(user.accountId()));
		return VIEW;
	}

	/** Documents picked from the citizen's store: parameters {@code store-{requirementId}} = document ids. */
	public static Map<UUID, List<UUID>> fromStore(MultiValueMap<String, String> params) {
		Map<UUID, List<UUID>> picked = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!name.startsWith(STORE_PREFIX)) {
				return;
			}
			UUID requirementId = uuid(name.substring(STORE_PREFIX.length()));
			if (requirementId == null) {
				return;
			}
			for (String value : values) {
				UUID documentId = uuid(value);
				if (documentId != null) {
					picked.computeIfAbsent(requirementId, key -> new ArrayList<>()).add(documentId);
				}
			}
		});
		return picked;
	}

	private static UUID uuid(String text) {
		try {
			return (text == null || text.isBlank()) ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public static Map<UUID, List<Documents.Upload>> uploads(MultiValueMap<String, MultipartFile> files, PortalUser user) {
		Map<UUID, List<Documents.Upload>> uploads = new LinkedHashMap<>();
		files.forEach((name, parts) -> {
			if (!name.startsWith(FILE_PREFIX)) {
				return;
			}
			UUID requirementId = uuid(name.substring(FILE_PREFIX.length()));
			if (requirementId == null) {
				return;
			}
			for (MultipartFile part : parts) {
				if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
					continue;
				}
				uploads.computeIfAbsent(requirementId, key -> new ArrayList<>())
					.add(new Documents.Upload(part, part.getOriginalFilename(), part.getSize(),
							user.accountId().value()));
			}
		});
		return uploads;
	}

	private ProcedureDetails procedure(UUID procedureId) {
		if (procedureId == null) {
			throw new NotFoundException("Procedure");
		}
		return this.catalog.procedure(new ProcedureId(procedureId)).orElseThrow(() -> new NotFoundException("Procedure"));
	}

	private static Actor actor(PortalUser user) {
		return new Actor(user.accountId().value(), user.displayName());
	}

}

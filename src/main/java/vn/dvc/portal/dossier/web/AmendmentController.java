package vn.dvc.portal.dossier.web;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.dvc.portal.dossier.DossierContent;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.IllegalDossierActionException;
import vn.dvc.portal.dossier.IncompleteDossierException;
import vn.dvc.portal.dossier.MissingDocumentsException;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.Provinces;

/**
 * The citizen's answer to the amendment request: only the documents and parts of the form the
 * request names can be changed; then the dossier goes back to the agency. Also the withdrawal of a
 * dossier that is not resolved yet.
 */
@Controller
class AmendmentController {

	private static final String VIEW = "dossier/amend";

	private final CitizenDossiers dossiers;

	private final Catalog catalog;

	private final Documents documents;

	private final DossierFormValidator validator;

	AmendmentController(CitizenDossiers dossiers, Catalog catalog, Documents documents, DossierFormValidator validator) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.documents = documents;
		this.validator = validator;
	}

	@GetMapping("/my/dossiers/{id}/amend")
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, Model model) {
		DossierView dossier = this.dossiers.view(Actor.of(user), new DossierId(id));
		if (dossier.status() != DossierStatus.AMENDMENT_REQUESTED) {
			return "redirect:/my/dossiers/" + id;
		}
		return show(model, user, dossier, DossierForm.of(dossier));
	}

	@PostMapping("/my/dossiers/{id}/amend")
	String processUpdateForm(@PathVariable UUID id, @Valid DossierForm dossierForm, BindingResult result,
			@RequestParam MultiValueMap<String, MultipartFile> files, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		DossierView dossier = this.dossiers.view(Actor.of(user), new DossierId(id));
		if (dossier.status() != DossierStatus.AMENDMENT_REQUESTED) {
			redirect.addFlashAttribute("warningKey", "dossier.notEditable");
			return "redirect:/my/dossiers/" + id;
		}
		DossierContent typed = dossierForm.toContent(dossier.submitter().idNumber());
		// Checked as the dossier will stand: the parts not reopened are not on the page and stay as
		// they are, whatever a crafted post says of them (the aggregate keeps them).
		this.validator.validateSubmission(DossierForm.of(dossier.procedureId(), dossier.version(), dossier.amendedBy(typed)),
				result);
		if (result.hasErrors()) {
			return show(model, user, dossier, dossierForm);
		}
		try {
			this.dossiers.amend(Actor.of(user), dossier.id(), dossierForm.getVersion() != null ? dossierForm.getVersion() : -1,
					typed, dossierForm.getRemoveAttachments(),
					FormFiles.uploads(files, user), FormFiles.fromStore(params));
			redirect.addFlashAttribute("successKey", "dossier.amended");
			return "redirect:/my/dossiers/" + id;
		}
		catch (CitizenDossiers.AmendmentRejectedException ex) {
			model.addAttribute("rejections", ex.rejections());
		}
		catch (IncompleteDossierException ex) {
			ex.fields().forEach(field -> result.reject("dossier.incomplete." + field));
		}
		catch (MissingDocumentsException ex) {
			model.addAttribute("missing", ex.missing());
		}
		catch (OptimisticLockingFailureException | IllegalDossierActionException ex) {
			redirect.addFlashAttribute("warningKey", "dossier.changedMeanwhile");
			return "redirect:/my/dossiers/" + id;
		}
		return show(model, user, dossier, dossierForm);
	}

	@PostMapping("/my/dossiers/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("warningKey", "dossier.withdraw.reasonRequired");
			return "redirect:/my/dossiers/" + id;
		}
		try {
			this.dossiers.withdraw(Actor.of(user), new DossierId(id), reason.trim());
			redirect.addFlashAttribute("successKey", "dossier.withdrawn");
		}
		catch (IllegalDossierActionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("warningKey", "dossier.withdraw.notPossible");
		}
		return "redirect:/my/dossiers/" + id;
	}

	private String show(Model model, PortalUser user, DossierView dossier, DossierForm form) {
		ProcedureDetails procedure = this.catalog.procedure(new ProcedureId(dossier.procedureId()))
			.orElseThrow(() -> new NotFoundException("Procedure"));
		form.setVersion(dossier.version());
		form.setRemoveAttachments(new ArrayList<>());
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedure", procedure);
		model.addAttribute("named", procedure.requirements().stream().filter(r -> dossier.amendment().names(r.id())).toList());
		model.addAttribute("dossierForm", form);
		model.addAttribute("provinces", Provinces.ALL);
		model.addAttribute("maxFileSizeMb", this.documents.maxBytes(null) / (1024 * 1024));
		model.addAttribute("storedDocuments", this.dossiers.storedDocuments(user.accountId()));
		return VIEW;
	}

}

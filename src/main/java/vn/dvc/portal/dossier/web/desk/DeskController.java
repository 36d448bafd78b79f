package vn.dvc.portal.dossier.web.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.UploadRejectedException;
import vn.dvc.portal.dossier.AmendableField;
import vn.dvc.portal.dossier.AmendmentAlreadyRequestedException;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DeskQuery;
import vn.dvc.portal.dossier.DeskResults;
import vn.dvc.portal.dossier.DeskView;
import vn.dvc.portal.dossier.DispatchDateOutOfRangeException;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierNotLateException;
import vn.dvc.portal.dossier.IllegalDossierActionException;
import vn.dvc.portal.dossier.ReturnMethod;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.web.Paging;

/**
 * The officer's queue and the actions on one dossier. Each action posts the version the officer
 * saw; when another officer got there first, the page says so and shows the dossier as it now is.
 */
@Controller
class DeskController {

	private final DeskDossiers desk;

	private final Catalog catalog;

	private final Clock clock;

	DeskController(DeskDossiers desk, Catalog catalog, Clock clock) {
		this.desk = desk;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * The queue. Searches by name or ID number are posted, never put in the address, so that personal
	 * data stays out of URLs and access logs. A search that names exactly one dossier (its code, or
	 * the only dossier of an ID or phone number) opens it.
	 */
	@RequestMapping(path = "/desk", method = { RequestMethod.GET, RequestMethod.POST })
	String queue(@RequestParam(required = false) DeskQuery.Tab tab, @RequestParam(required = false) String text,
			@RequestParam(required = false) UUID procedure, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Max(value = Paging.MAX_PAGE, message = "{error.page.range}") int page,
			@AuthenticationPrincipal PortalUser officer, Model model) {
		DeskResults results = this.desk.search(officer, new DeskQuery(tab, text, procedure, channel, from, to), page);
		if (results.onlyMatch().isPresent()) {
			return "redirect:/desk/dossiers/" + results.onlyMatch().get();
		}
		model.addAttribute("query", results.query());
		model.addAttribute("results", results);
		model.addAttribute("counts", this.desk.counts(officer));
		model.addAttribute("rows", results.rows());
		model.addAttribute("tabs", DeskQuery.Tab.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("procedures", this.desk.intakeProcedures(officer));
		return "desk/queue";
	}

	@GetMapping("/desk/dossiers/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal PortalUser officer, Model model) {
		DeskView view = this.desk.view(officer, new DossierId(id));
		model.addAttribute("desk", view);
		model.addAttribute("dossier", view.dossier());
		model.addAttribute("procedure", this.catalog.procedure(new ProcedureId(view.dossier().procedureId())).orElse(null));
		model.addAttribute("amendableFields", AmendableField.values());
		model.addAttribute("today", PortalTime.dayOf(this.clock.instant()));
		return "desk/dossier";
	}

	@PostMapping("/desk/dossiers/{id}/receive")
	String receive(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean identityChecked, @AuthenticationPrincipal PortalUser officer,
			RedirectAttributes redirect) {
		if (!identityChecked) {
			return back(id, redirect, "desk.receive.identityRequired");
		}
		return act(id, redirect, "desk.received", () -> this.desk.receive(officer, new DossierId(id), version));
	}

	@PostMapping("/desk/dossiers/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		if (isBlank(reason)) {
			return back(id, redirect, "desk.reasonRequired");
		}
		return act(id, redirect, "desk.rejected", () -> this.desk.reject(officer, new DossierId(id), version, reason.trim()));
	}

	@PostMapping("/desk/dossiers/{id}/amendment")
	String requestAmendment(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) String reason,
			@RequestParam(name = "requirement", required = false) List<UUID> requirements,
			@RequestParam(name = "field", required = false) List<AmendableField> fields,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		List<UUID> named = (requirements != null) ? requirements : List.of();
		List<AmendableField> namedFields = (fields != null) ? fields : List.of();
		if (isBlank(reason)) {
			return back(id, redirect, "desk.reasonRequired");
		}
		if (named.isEmpty() && namedFields.isEmpty()) {
			return back(id, redirect, "desk.amendment.nothingNamed");
		}
		return act(id, redirect, "desk.amendmentRequested",
				() -> this.desk.requestAmendment(officer, new DossierId(id), version, reason.trim(), named, namedFields));
	}

	@PostMapping("/desk/dossiers/{id}/process")
	String startProcessing(@PathVariable UUID id, @RequestParam long version,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		return act(id, redirect, "desk.processing", () -> this.desk.startProcessing(officer, new DossierId(id), version));
	}

	@PostMapping("/desk/dossiers/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
			@RequestParam(name = "result", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		List<Documents.Upload> results = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					results.add(new Documents.Upload(file, file.getOriginalFilename(), file.getSize(), null));
				}
			}
		}
		if (results.isEmpty()) {
			return back(id, redirect, "desk.resolve.resultRequired");
		}
		try {
			return act(id, redirect, "desk.resolved", () -> this.desk.resolve(officer, new DossierId(id), version,
					isBlank(note) ? null : note.trim(), results));
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("rejectedFile", ex.fileName());
			return back(id, redirect, "desk.resolve.rejected." + ex.reason().name());
		}
	}

	@PostMapping("/desk/dossiers/{id}/return")
	String returnResult(@PathVariable UUID id, @RequestParam long version, @RequestParam ReturnMethod method,
			@RequestParam(required = false) String postalItemNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dispatchDate,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		if (method == ReturnMethod.POSTAL && (isBlank(postalItemNumber) || dispatchDate == null)) {
			return back(id, redirect, "desk.return.postalRequired");
		}
		return act(id, redirect, "desk.returned",
				() -> this.desk.returnResult(officer, new DossierId(id), version, method, postalItemNumber, dispatchDate));
	}

	@PostMapping("/desk/dossiers/{id}/apology")
	String apologise(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newReturnDate,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		if (isBlank(reason) || newReturnDate == null) {
			return back(id, redirect, "desk.apology.required");
		}
		if (!newReturnDate.isAfter(PortalTime.dayOf(this.clock.instant()))) {
			return back(id, redirect, "desk.apology.dateInPast");
		}
		return act(id, redirect, "desk.apologised",
				() -> this.desk.apologise(officer, new DossierId(id), version, reason.trim(), newReturnDate));
	}

	/**
	 * Runs an action and comes back to the dossier: with a success message, or, when the dossier
	 * changed under the officer's feet, with a message saying so and the dossier's new state.
	 */
	private static String act(UUID id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (AmendmentAlreadyRequestedException ex) {
			redirect.addFlashAttribute("warningKey", "desk.amendment.already");
		}
		catch (DossierNotLateException ex) {
			redirect.addFlashAttribute("warningKey", "desk.apology.notLate");
		}
		catch (DispatchDateOutOfRangeException ex) {
			redirect.addFlashAttribute("warningKey", "desk.return.dispatchDateOutOfRange");
		}
		catch (OptimisticLockingFailureException | IllegalDossierActionException | DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("warningKey", "desk.changed");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("warningKey", "desk.invalid");
		}
		return "redirect:/desk/dossiers/" + id;
	}

	private static String back(UUID id, RedirectAttributes redirect, String warningKey) {
		redirect.addFlashAttribute("warningKey", warningKey);
		return "redirect:/desk/dossiers/" + id;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}

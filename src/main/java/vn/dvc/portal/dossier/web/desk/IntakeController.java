package vn.dvc.portal.dossier.web.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.CounterLookupLimitException;
import vn.dvc.portal.account.IdDocumentType;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.UploadRejectedException;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.IncompleteDossierException;
import vn.dvc.portal.dossier.Intake;
import vn.dvc.portal.dossier.MissingDocumentsException;
import vn.dvc.portal.dossier.OwnerIdentityRequiredException;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.web.FormFiles;
import vn.dvc.portal.dossier.web.DossierFormValidator;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.Provinces;

/**
 * Counter intake: the officer registers a dossier brought on paper or received by post, scans each
 * document and records what Decree 107/2021 asks of a digitised document. The person's ID number
 * is posted, never put in an address.
 */
@Controller
class IntakeController {

	private static final String VIEW = "desk/intake";

	private final DeskDossiers desk;

	private final Catalog catalog;

	private final AccountDirectory accounts;

	private final DossierFormValidator validator;

	IntakeController(DeskDossiers desk, Catalog catalog, AccountDirectory accounts, DossierFormValidator validator) {
		this.desk = desk;
		this.catalog = catalog;
		this.accounts = accounts;
		this.validator = validator;
	}

	@GetMapping("/desk/intake")
	String start(@AuthenticationPrincipal PortalUser officer, Model model) {
		model.addAttribute("procedures", this.desk.intakeProcedures(officer));
		model.addAttribute("channels", List.of(Channel.COUNTER, Channel.POSTAL));
		return "desk/intake-start";
	}

	/**
	 * Step two: the form. When the person has an account the officer sees their name and year of
	 * birth, to compare with the identity card in front of them, and nothing more: the phone, e-mail
	 * and address come from the person's paper form, so that typing a number reveals no contact
	 * details. Every look-up is recorded and limited per officer.
	 */
	@PostMapping("/desk/intake/start")
	String initCreationForm(@RequestParam UUID procedure, @RequestParam(defaultValue = "COUNTER") Channel channel,
			@RequestParam(required = false) String idNumber, @AuthenticationPrincipal PortalUser officer, Model model,
			HttpServletResponse response) {
		ProcedureDetails details = procedureOf(officer, procedure);
		IntakeForm form = new IntakeForm();
		form.setProcedureId(procedure);
		form.setChannel(channel == Channel.POSTAL ? Channel.POSTAL : Channel.COUNTER);
		String normalized = (idNumber == null || idNumber.isBlank()) ? null : IdDocumentType.normalize(idNumber);
		form.setApplicantIdNumber(normalized);
		if (normalized != null) {
			try {
				this.accounts.identifyAtCounter(officer, normalized).ifPresent(identity -> {
					form.setApplicantHasAccount(true);
					form.setSubmitterName(identity.fullName());
					model.addAttribute("identity", identity);
				});
			}
			catch (CounterLookupLimitException ex) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				model.addAttribute("messageKey", "intake.lookup.limit");
				model.addAttribute("retryAfterMinutes", 60);
				return "error/429";
			}
		}
		return show(model, details, form);
	}

	@PostMapping("/desk/intake")
	String processCreationForm(@Valid IntakeForm intakeForm, BindingResult result,
			@RequestParam MultiValueMap<String, MultipartFile> files, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect) {
		ProcedureDetails procedure = procedureOf(officer, intakeForm.getProcedureId());
		this.validator.validateSubmission(intakeForm, result);
		if (result.hasErrors()) {
			return show(model, procedure, intakeForm);
		}
		List<Intake.Scan> scans = new ArrayList<>();
		FormFiles.uploads(files, officer).forEach((requirementId, uploads) -> {
			RequirementDetails requirement = procedure.requirement(requirementId).orElse(null);
			if (requirement == null) {
				return;
			}
			String prefix = "meta-" + requirementId + "-";
			for (Documents.Upload upload : uploads) {
				scans.add(new Intake.Scan(requirementId,
						new Documents.Upload(upload.content(), upload.originalName(), upload.declaredSize(), null),
						text(params.get(prefix + "typeCode"), null), text(params.get(prefix + "name"), null),
						text(params.get(prefix + "summary"), null),
						date(params.get(prefix + "validFrom")), date(params.get(prefix + "validUntil")),
						text(params.get(prefix + "scope"), null)));
			}
		});
		try {
			DossierId id = this.desk.intake(officer, new Intake(procedure.id(), intakeForm.getChannel(),
					intakeForm.isApplicantHasAccount() ? intakeForm.getApplicantIdNumber() : null,
					intakeForm.toContent(intakeForm.getApplicantIdNumber()), intakeForm.ownerIdentity(), scans));
			redirect.addFlashAttribute("successKey", "intake.done");
			return "redirect:/desk/dossiers/" + id;
		}
		catch (UploadRejectedException ex) {
			model.addAttribute("rejectedFile", ex.fileName());
			model.addAttribute("rejectedReason", ex.reason().name());
		}
		catch (MissingDocumentsException ex) {
			model.addAttribute("missing", ex.missing());
		}
		catch (OwnerIdentityRequiredException ex) {
			result.reject("intake.ownerIdentity.required");
		}
		catch (IncompleteDossierException ex) {
			ex.fields().forEach(field -> result.reject("dossier.incomplete." + field));
		}
		catch (IllegalArgumentException ex) {
			result.reject("intake.invalidMetadata");
		}
		return show(model, procedure, intakeForm);
	}

	private String show(Model model, ProcedureDetails procedure, IntakeForm form) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("intakeForm", form);
		model.addAttribute("typeCodes", procedure.requirements()
			.stream()
			.collect(java.util.stream.Collectors.toMap(RequirementDetails::id,
					requirement -> Intake.defaultTypeCode(procedure, requirement))));
		model.addAttribute("provinces", Provinces.ALL);
		return VIEW;
	}

	private ProcedureDetails procedureOf(PortalUser officer, UUID procedureId) {
		UUID agency = officer.agencyId().orElseThrow(() -> new NotFoundException("Agency"));
		if (procedureId == null) {
			// A form posted without its procedure (tampered with, or not from this portal).
			throw new NotFoundException("Procedure");
		}
		return this.catalog.procedure(new ProcedureId(procedureId))
			.filter(procedure -> procedure.summary().agency().id().value().equals(agency))
			.orElseThrow(() -> new NotFoundException("Procedure"));
	}

	private static String text(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static LocalDate date(String value) {
		try {
			return (value == null || value.isBlank()) ? null : LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}

package vn.dvc.portal.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.AccountId;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.documents.StoreUnavailableException;
import vn.dvc.portal.documents.StoredDocument;
import vn.dvc.portal.documents.UploadRejectedException;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.PortalTime;

/**
 * What a citizen does with dossiers: start a draft, save it with its files, submit it, delete it,
 * and look at their own. Every method checks that the dossier is the caller's; someone else's
 * dossier is answered as not found.
 */
@Service
public class CitizenDossiers {

	/** A file rejected while saving a draft; the rest of the draft was saved. */
	public record Rejection(UUID requirementId, String fileName, UploadRejectedException.Reason reason) {
	}

	/** The outcome of saving a draft. */
	/** What a new form is filled with: the submitter as the account knows them, and their stored documents. */
	public record NewForm(Party submitter, List<PersonalDocumentView> storedDocuments) {
	}

	public record Saved(DossierId id, List<Rejection> rejections) {
	}

	/** What the citizen's form holds: the draft's new content and its file changes. */
	public record DraftChanges(ProcedureId procedureId, DossierId dossierId, UUID formKey, Long expectedVersion,
			DossierContent content, Collection<UUID> removedAttachments, Map<UUID, List<Documents.Upload>> uploads,
			Map<UUID, List<UUID>> fromStore) {
	}

	/** What became of a form posted with "Lưu lại" or "Gửi đi", decided in one transaction. */
	public record Filing(DossierId id, Outcome outcome, DossierCode code, List<Rejection> rejections,
			List<String> missing, List<String> incomplete) {

		public enum Outcome {

			/** Saved as a draft, as asked. */
			SAVED,
			/** Saved and submitted; {@link #code()} is its code. */
			SUBMITTED,
			/**
			 * The dossier had already left the draft state (a replayed form); nothing was changed.
			 * {@link #code()} is its code while it waits for receipt.
			 */
			ALREADY_SENT,
			/** Saved as a draft, but some files were refused ({@link #rejections()}), so not submitted. */
			FILES_REFUSED,
			/** Saved as a draft; mandatory documents are missing ({@link #missing()}). */
			DOCUMENTS_MISSING,
			/** Saved as a draft; owner or postal recipient details are missing ({@link #incomplete()}). */
			INCOMPLETE

		}

		static Filing of(DossierId id, Outcome outcome) {
			return new Filing(id, outcome, null, List.of(), List.of(), List.of());
		}

	}

	/** The amendment was not sent: some files were refused; nothing of it was kept. */
	public static class AmendmentRejectedException extends RuntimeException {

		private final List<Rejection> rejections;

		AmendmentRejectedException(List<Rejection> rejections) {
			super(rejections.size() + " files refused");
			this.rejections = List.copyOf(rejections);
		}

		public List<Rejection> rejections() {
			return this.rejections;
		}

	}

	/** Working hours within which a submitted dossier must be received (Decree 45/2020). */
	static final int RECEIPT_WORKING_HOURS = 8;

	private static final int PAGE_SIZE = 20;

	private final Dossiers dossiers;

	private final DossierCodes codes;

	private final Catalog catalog;

	private final Documents documents;

	private final AccountDirectory accounts;

	private final DocumentStore store;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final ListedDossiers listed;

	CitizenDossiers(Dossiers dossiers, DossierCodes codes, Catalog catalog, Documents documents,
			AccountDirectory accounts, DocumentStore store, WorkingCalendar calendar, Clock clock,
			ListedDossiers listed) {
		this.dossiers = dossiers;
		this.listed = listed;
		this.codes = codes;
		this.catalog = catalog;
		this.documents = documents;
		this.accounts = accounts;
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The submitter's details as the account knows them, to pre-fill a new form. */
	@Transactional(readOnly = true)
	public Party submitterOf(AccountId applicant) {
		return this.accounts.citizen(applicant)
			.map(CitizenDossiers::submitter)
			.orElseThrow(() -> new NotFoundException("Citizen"));
	}

	/** A new form's submitter and stored documents, read together. */
	@Transactional(readOnly = true)
	public NewForm newFormFor(AccountId applicant) {
		return this.accounts.citizen(applicant)
			.map(profile -> new NewForm(submitter(profile), this.store.documentsOf(profile.idNumber())))
			.orElseThrow(() -> new NotFoundException("Citizen"));
	}

	private static Party submitter(AccountDirectory.CitizenProfile profile) {
		return new Party(profile.fullName(), profile.idNumber(), profile.phone(), profile.email(), profile.address());
	}

	/**
	 * Saves the draft: creates it on the first save of a form (the same form key never creates two),
	 * replaces its content, removes the files the citizen took out and stores the new ones. A file
	 * that is refused is reported and the rest is saved.
	 * @param dossierId null for a form that has not been saved yet
	 * @param expectedVersion the version the form was shown with, null for a new form
	 */
	@Transactional(noRollbackFor = UploadRejectedException.class)
	public Saved saveDraft(Actor applicant, ProcedureId procedureId, DossierId dossierId, UUID formKey,
			Long expectedVersion, DossierContent content, Collection<UUID> removedAttachments,
			Map<UUID, List<Documents.Upload>> uploads, Map<UUID, List<UUID>> fromStore) {
		Filing filing = file(applicant, new DraftChanges(procedureId, dossierId, formKey, expectedVersion, content,
				removedAttachments, uploads, fromStore), false);
		return new Saved(filing.id(), filing.rejections());
	}

	/**
	 * Saves the form onto its draft and, when asked, submits it, all in one transaction: the
	 * dossier, its files and its code commit together or not at all. Posts of the same form wait
	 * for each other, so a double click (or ten) makes one dossier with each file attached once,
	 * and every replay of an accepted submission answers with the same dossier and code. A draft
	 * that cannot be submitted yet is still saved, and the outcome says why it was not sent.
	 * @param submit whether the citizen clicked "Gửi đi" and the form itself is complete
	 * @throws StoreUnavailableException when the file store cannot write; nothing is kept
	 */
	@Transactional(noRollbackFor = UploadRejectedException.class)
	public Filing file(Actor applicant, DraftChanges changes, boolean submit) {
		Instant now = this.clock.instant();
		ProcedureDetails procedure = this.catalog.procedure(changes.procedureId())
			.orElseThrow(() -> new NotFoundException("Procedure"));
		Dossier dossier = draftFor(applicant, procedure, changes, now);
		if (!dossier.procedureId().equals(changes.procedureId().value())) {
			throw new NotFoundException("Dossier");
		}
		if (dossier.status() != DossierStatus.DRAFT) {
			// A replayed form (double click, back button) of a dossier already sent: nothing to save;
			// while it waits for receipt, the replay answers with its code as the first post did.
			DossierCode code = (dossier.status() == DossierStatus.SUBMITTED) ? dossier.code().orElse(null) : null;
			return new Filing(dossier.id(), Filing.Outcome.ALREADY_SENT, code, List.of(), List.of(), List.of());
		}
		if (changes.expectedVersion() != null && dossier.version() != changes.expectedVersion()) {
			throw new ObjectOptimisticLockingFailureException(Dossier.class, dossier.id().value());
		}
		dossier.edit(changes.content(), now);
		for (UUID attachmentId : changes.removedAttachments()) {
			dossier.detach(attachmentId, now).ifPresent(this.documents::delete);
		}
		List<Rejection> rejections = storeNewFiles(dossier, procedure, changes.uploads(), now);
		attachFromStore(applicant, procedure, changes.fromStore(), (requirement, fileId) -> {
			if (!dossier.holds(requirement.id(), fileId)) {
				dossier.attachFromStore(requirement, fileId, now);
			}
		});
		if (!submit) {
			this.dossiers.save(dossier);
			return new Filing(dossier.id(), Filing.Outcome.SAVED, null, rejections, List.of(), List.of());
		}
		if (!rejections.isEmpty()) {
			this.dossiers.save(dossier);
			return new Filing(dossier.id(), Filing.Outcome.FILES_REFUSED, null, rejections, List.of(), List.of());
		}
		try {
			DossierCode code = submitDraft(applicant, dossier, procedure, now);
			return new Filing(dossier.id(), Filing.Outcome.SUBMITTED, code, List.of(), List.of(), List.of());
		}
		catch (MissingDocumentsException ex) {
			// The dossier refused before anything of it changed: the draft is kept as saved.
			this.dossiers.save(dossier);
			return new Filing(dossier.id(), Filing.Outcome.DOCUMENTS_MISSING, null, List.of(), ex.missing(), List.of());
		}
		catch (IncompleteDossierException ex) {
			this.dossiers.save(dossier);
			return new Filing(dossier.id(), Filing.Outcome.INCOMPLETE, null, List.of(), List.of(), ex.fields());
		}
	}

	/**
	 * The draft the form is saved onto, locked until the transaction ends: the dossier's row for a
	 * saved draft; for a new form, the form key, so that the first post creates the draft and every
	 * other post of the same form finds it. A new draft is not stored yet: it is saved with the
	 * form's content and files.
	 */
	private Dossier draftFor(Actor applicant, ProcedureDetails procedure, DraftChanges changes, Instant now) {
		if (changes.dossierId() != null) {
			return this.dossiers.findForUpdate(changes.dossierId().value())
				.filter(dossier -> dossier.isAppliedBy(applicant.accountId()))
				.orElseThrow(() -> new NotFoundException("Dossier"));
		}
		this.dossiers.lockFormKey(formLock(applicant.accountId(), changes.formKey()));
		return this.dossiers.findByApplicantIdAndFormKey(applicant.accountId(), changes.formKey())
			.orElseGet(() -> Dossier.draft(procedure, changes.formKey(), applicant, changes.content().submitter(), now));
	}

	private static long formLock(UUID applicant, UUID formKey) {
		return formKey.getMostSignificantBits() ^ formKey.getLeastSignificantBits()
				^ applicant.getMostSignificantBits() ^ applicant.getLeastSignificantBits();
	}

	/**
	 * Stores the uploaded files and attaches them; a file whose bytes the draft already holds for
	 * the same document is not stored again (the same form posted twice).
	 */
	private List<Rejection> storeNewFiles(Dossier dossier, ProcedureDetails procedure,
			Map<UUID, List<Documents.Upload>> uploads, Instant now) {
		if (uploads.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> fingerprints = this.documents
			.fingerprints(dossier.attachments().stream().map(DossierAttachment::fileId).toList());
		List<Rejection> rejections = new ArrayList<>();
		uploads.forEach((requirementId, files) -> {
			Optional<RequirementDetails> requirement = procedure.requirement(requirementId);
			if (requirement.isEmpty()) {
				return;
			}
			Set<String> held = new java.util.HashSet<>();
			dossier.attachments()
				.stream()
				.filter(attachment -> requirementId.equals(attachment.requirementId()))
				.map(attachment -> fingerprints.get(attachment.fileId()))
				.filter(java.util.Objects::nonNull)
				.forEach(held::add);
			for (Documents.Upload upload : files) {
				try {
					this.documents
						.storeUnlessHeld(upload, Set.copyOf(requirement.get().acceptedFormats()),
								this.documents.maxBytes(requirement.get().maxSizeBytes()), held)
						.ifPresent(stored -> {
							dossier.attach(requirement.get(), stored.id(), now);
							held.add(stored.sha256());
						});
				}
				catch (UploadRejectedException ex) {
					rejections.add(new Rejection(requirementId, ex.fileName(), ex.reason()));
				}
			}
		});
		return rejections;
	}

	/**
	 * Sends back the dossier amended as the request asked: named documents replaced or added, named
	 * parts of the form changed, nothing else. The return date moves by the working days spent
	 * waiting. If a file is refused, nothing is kept and the amendment can be sent again.
	 * @throws AmendmentRejectedException when a file is refused
	 */
	@Transactional
	public void amend(Actor applicant, DossierId dossierId, long expectedVersion, DossierContent content,
			Collection<UUID> setAside, Map<UUID, List<Documents.Upload>> uploads, Map<UUID, List<UUID>> fromStore) {
		Dossier dossier = owned(applicant, dossierId);
		if (dossier.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Dossier.class, dossier.id().value());
		}
		ProcedureDetails procedure = this.catalog.procedure(new ProcedureId(dossier.procedureId()))
			.orElseThrow(() -> new NotFoundException("Procedure"));
		Instant now = this.clock.instant();
		List<String> changes = new ArrayList<>();
		for (UUID attachmentId : setAside) {
			dossier.attachment(attachmentId).ifPresent(attachment -> {
				dossier.supersede(attachmentId, now);
				changes.add(attachment.requirementName());
			});
		}
		java.util.function.BiConsumer<RequirementDetails, UUID> attach = (requirement, fileId) -> {
			dossier.attachAmendment(requirement, fileId, now);
			changes.add(requirement.name());
		};
		List<Rejection> rejections = storeFiles(procedure, uploads, attach);
		if (!rejections.isEmpty()) {
			throw new AmendmentRejectedException(rejections);
		}
		attachFromStore(applicant, procedure, fromStore, (requirement, fileId) -> {
			dossier.attachFromStore(requirement, fileId, now);
			changes.add(requirement.name());
		});
		List<String> missing = dossier.missingAmendedDocuments(procedure.requirements());
		if (!missing.isEmpty()) {
			throw new MissingDocumentsException(missing);
		}
		LocalDate today = PortalTime.dayOf(now);
		LocalDate requestDay = PortalTime.dayOf(dossier.amendment().orElseThrow().requestedAt());
		int paused = this.calendar.workingDaysBetween(requestDay, today);
		LocalDate newDueDate = this.calendar.addWorkingDays(dossier.dueDate(), paused);
		dossier.completeAmendment(applicant, content, changes.stream().distinct().toList(), now, paused, newDueDate);
		this.dossiers.save(dossier);
	}

	/** The citizen takes back a dossier that is not resolved yet. */
	@Transactional
	public void withdraw(Actor applicant, DossierId dossierId, String reason) {
		Dossier dossier = owned(applicant, dossierId);
		dossier.withdraw(applicant, reason, this.clock.instant());
		this.dossiers.save(dossier);
	}

	/** The documents of the citizen's store, offered for reuse in the dossier form. */
	@Transactional(readOnly = true)
	public List<PersonalDocumentView> storedDocuments(AccountId applicant) {
		return this.accounts.citizen(applicant)
			.map(profile -> this.store.documentsOf(profile.idNumber()))
			.orElse(List.of());
	}

	private List<Rejection> storeFiles(ProcedureDetails procedure, Map<UUID, List<Documents.Upload>> uploads,
			java.util.function.BiConsumer<RequirementDetails, UUID> attach) {
		List<Rejection> rejections = new ArrayList<>();
		uploads.forEach((requirementId, files) -> {
			Optional<RequirementDetails> requirement = procedure.requirement(requirementId);
			if (requirement.isEmpty()) {
				return;
			}
			for (Documents.Upload upload : files) {
				try {
					StoredDocument stored = this.documents.store(upload, Set.copyOf(requirement.get().acceptedFormats()),
							this.documents.maxBytes(requirement.get().maxSizeBytes()));
					attach.accept(requirement.get(), stored.id());
				}
				catch (UploadRejectedException ex) {
					rejections.add(new Rejection(requirementId, ex.fileName(), ex.reason()));
				}
			}
		});
		return rejections;
	}

	/** Attaches documents the citizen picked from their own store; others' documents are ignored. */
	private void attachFromStore(Actor applicant, ProcedureDetails procedure, Map<UUID, List<UUID>> fromStore,
			java.util.function.BiConsumer<RequirementDetails, UUID> attach) {
		if (fromStore.isEmpty()) {
			return;
		}
		String idNumber = this.accounts.citizen(new AccountId(applicant.accountId()))
			.map(AccountDirectory.CitizenProfile::idNumber)
			.orElse(null);
		fromStore.forEach((requirementId, documentIds) -> procedure.requirement(requirementId)
			.ifPresent(requirement -> documentIds.stream()
				.distinct()
				.map(documentId -> this.store.documentOf(idNumber, documentId))
				.flatMap(Optional::stream)
				.filter(document -> requirement.acceptedFormats().contains(document.file().format()))
				.forEach(document -> attach.accept(requirement, document.file().id()))));
	}

	/**
	 * Submits the draft and gives it its code. Submitting an already submitted dossier again (a
	 * double click) returns the code it already has.
	 * @throws MissingDocumentsException when a mandatory document has no file
	 * @throws IncompleteDossierException when the owner or the postal recipient is missing
	 */
	@Transactional
	public DossierCode submit(Actor applicant, DossierId dossierId) {
		Dossier dossier = owned(applicant, dossierId);
		if (dossier.status() != DossierStatus.DRAFT && dossier.code().isPresent()) {
			return dossier.code().get();
		}
		ProcedureDetails procedure = this.catalog.procedure(new ProcedureId(dossier.procedureId()))
			.orElseThrow(() -> new NotFoundException("Procedure"));
		return submitDraft(applicant, dossier, procedure, this.clock.instant());
	}

	private DossierCode submitDraft(Actor applicant, Dossier dossier, ProcedureDetails procedure, Instant now) {
		Instant receiptDue = this.calendar.addWorkingHours(now, RECEIPT_WORKING_HOURS);
		dossier.submit(() -> {
			// The day's counter of the agency stays locked from the number's issue to the commit, and
			// every other submission to the agency waits for it: the draft's rows are written before,
			// so that only the submission's own few rows are written while it is held. A new form's
			// dossier is stored here, holding what the form says: one INSERT, not an INSERT and an
			// UPDATE.
			this.dossiers.saveAndFlush(dossier);
			return this.codes.next(dossier.agencyId(), procedure.summary().agency().code(), PortalTime.dayOf(now));
		}, procedure, applicant, now, receiptDue);
		this.dossiers.save(dossier);
		return dossier.code().orElseThrow();
	}

	@Transactional
	public void deleteDraft(Actor applicant, DossierId dossierId) {
		Dossier dossier = owned(applicant, dossierId);
		dossier.checkDeletable();
		List<UUID> files = dossier.allAttachments()
			.stream()
			.filter(attachment -> !attachment.isShared())
			.map(DossierAttachment::fileId)
			.toList();
		this.dossiers.delete(dossier);
		this.dossiers.flush();
		files.forEach(this.documents::delete);
	}

	@Transactional(readOnly = true)
	public DossierView view(Actor applicant, DossierId dossierId) {
		return DossierViews.of(owned(applicant, dossierId), this.catalog, this.documents);
	}

	/** The applicant's page: the dossier and what they may do with it now. */
	@Transactional(readOnly = true)
	public ApplicantView applicantView(Actor applicant, DossierId dossierId) {
		Dossier dossier = owned(applicant, dossierId);
		return new ApplicantView(DossierViews.of(dossier, this.catalog, this.documents),
				dossier.allowedActions(applicant, PortalTime.dayOf(this.clock.instant())));
	}

	/**
	 * A page of the applicant's dossiers, newest first, read with one statement and no transaction; its
	 * total tells whether there is a next page, not how many dossiers there are (ListedDossiers).
	 */
	public Page<DossierSummary> list(AccountId applicant, int page) {
		return this.listed.page(applicant.value(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	private Dossier owned(Actor applicant, DossierId dossierId) {
		return this.dossiers.findById(dossierId.value())
			.filter(dossier -> dossier.isAppliedBy(applicant.accountId()))
			.orElseThrow(() -> new NotFoundException("Dossier"));
	}

}

package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.dossier.events.AmendmentRequested;
import vn.dvc.portal.dossier.events.ApologyIssued;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierAmended;
import vn.dvc.portal.dossier.events.DossierEvent;
import vn.dvc.portal.dossier.events.DossierFacts;
import vn.dvc.portal.dossier.events.DossierReceived;
import vn.dvc.portal.dossier.events.DossierRejected;
import vn.dvc.portal.dossier.events.DossierResolved;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.dossier.events.DossierSubmitted;
import vn.dvc.portal.dossier.events.DossierWithdrawn;
import vn.dvc.portal.dossier.events.PaymentRequested;
import vn.dvc.portal.dossier.events.PaymentSettled;
import vn.dvc.portal.dossier.events.ProcessingStarted;
import vn.dvc.portal.dossier.events.ResultReturned;
import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.VietnameseText;

/**
 * A dossier (hồ sơ) for one procedure. It guards its own life: only a draft can be edited or
 * deleted, submitting checks the required documents and freezes it, an amendment can be requested
 * only once and reopens only what it names, and every change of state is written to its history and
 * announced with a past-tense event of {@code dossier.events} ({@link DossierReceived}, ...).
 */
@Entity
@Table(name = "dossier")
class Dossier extends AbstractAggregateRoot<Dossier> {

	@Id
	private UUID id;

	private String code;

	/** The form instance that created the draft; a double click cannot create a second dossier. */
	private UUID formKey;

	private UUID procedureId;

	private UUID agencyId;

	private String procedureCode;

	/** The revision of the procedure the dossier was filed under. */
	private int procedureRevision;

	private String procedureName;

	private String agencyName;

	/** The citizen's account; null for a paper dossier of a person who has none. */
	private UUID applicantId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private DossierStatus status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "submitter_name")),
			@AttributeOverride(name = "idNumber", column = @Column(name = "submitter_id_number")),
			@AttributeOverride(name = "phone", column = @Column(name = "submitter_phone")),
			@AttributeOverride(name = "email", column = @Column(name = "submitter_email")),
			@AttributeOverride(name = "address", column = @Column(name = "submitter_address")) })
	private Party submitter;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "owner_name")),
			@AttributeOverride(name = "idNumber", column = @Column(name = "owner_id_number")),
			@AttributeOverride(name = "phone", column = @Column(name = "owner_phone")),
			@AttributeOverride(name = "email", column = @Column(name = "owner_email")),
			@AttributeOverride(name = "address", column = @Column(name = "owner_address")) })
	private Party owner;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "birthYear", column = @Column(name = "owner_birth_year")),
			@AttributeOverride(name = "idIssueDate", column = @Column(name = "owner_id_issue_date")),
			@AttributeOverride(name = "idIssuer", column = @Column(name = "owner_id_issuer")) })
	private OwnerIdentity ownerIdentity;

	/** The owner's name folded without diacritics, for the desk's search. */
	private String ownerNameFolded;

	private String content;

	private boolean postalReturn;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "recipient_name")),
			@AttributeOverride(name = "phone", column = @Column(name = "recipient_phone")),
			@AttributeOverride(name = "address", column = @Column(name = "recipient_address")),
			@AttributeOverride(name = "province", column = @Column(name = "recipient_province")) })
	private PostalRecipient recipient;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	/** A submitted dossier must be received or sent back within 8 working hours (Decree 45/2020). */
	private Instant receiptDueAt;

	private Instant receivedAt;

	/** The return date first promised on receipt. */
	private LocalDate originalDueDate;

	/** The return date now in force: the first one, moved by the time spent waiting for amendment. */
	private LocalDate dueDate;

	private Instant processingStartedAt;

	private Instant resolvedAt;

	private String resolutionNote;

	private Instant returnedAt;

	@Enumerated(EnumType.STRING)
	private ReturnMethod returnMethod;

	private String postalItemNumber;

	private LocalDate dispatchDate;

	private Instant closedAt;

	private String closingReason;

	/** When the officer asked for a payment the dossier now waits for (issue 13). */
	private Instant paymentRequestedAt;

	/** The state the dossier left to wait for payment, and goes back to once paid. */
	@Enumerated(EnumType.STRING)
	private DossierStatus paymentResumeStatus;

	@Version
	@Column(nullable = false)
	private Long version;

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("addedAt")
	private List<DossierAttachment> attachments = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("occurredAt")
	private List<DossierTransition> history = new ArrayList<>();

	@OneToOne(mappedBy = "dossier", cascade = CascadeType.ALL)
	private AmendmentRequest amendment;

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("addedAt")
	private List<DossierResult> results = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("issuedAt")
	private List<ApologyLetter> apologies = new ArrayList<>();

	protected Dossier() {
	}

	/** A new online draft, filled by the applicant for the given procedure. */
	static Dossier draft(ProcedureDetails procedure, UUID formKey, Actor applicant, Party submitter, Instant now) {
		if (!procedure.summary().acceptingDossiers()) {
			throw new IllegalArgumentException("The procedure no longer accepts dossiers");
		}
		Dossier dossier = new Dossier();
		dossier.id = Ids.next();
		dossier.formKey = formKey;
		dossier.filedUnder(procedure);
		dossier.applicantId = applicant.accountId();
		dossier.channel = Channel.ONLINE;
		dossier.status = DossierStatus.DRAFT;
		dossier.submitter = submitter;
		dossier.createdAt = now;
		dossier.updatedAt = now;
		dossier.record(now, applicant, null, DossierStatus.DRAFT, null);
		return dossier;
	}

	/**
	 * A dossier brought to the counter on paper or sent by post, registered by an officer. It starts
	 * as a draft so that the officer's scans can be attached; {@link #receiveAtCounter} then gives it
	 * its code and return date at once.
	 * @throws OwnerIdentityRequiredException when the owner has no ID number and no other identity
	 * @throws IncompleteDossierException when the submitter or the owner is missing
	 * @param applicantId the person's account if they have one, null otherwise
	 */
	static Dossier atCounter(ProcedureDetails procedure, Channel channel, UUID applicantId, DossierContent content,
			OwnerIdentity ownerIdentity, Instant now) {
		if (channel == Channel.ONLINE) {
			throw new IllegalArgumentException("A counter intake arrives at the counter or by post");
		}
		Dossier dossier = new Dossier();
		dossier.id = Ids.next();
		dossier.formKey = Ids.next();
		dossier.filedUnder(procedure);
		dossier.applicantId = applicantId;
		dossier.channel = channel;
		dossier.status = DossierStatus.DRAFT;
		dossier.createdAt = now;
		dossier.edit(content, now);
		dossier.ownerIdentity = ownerIdentity;
		if (dossier.owner != null && !dossier.ownerIdentified()) {
			throw new OwnerIdentityRequiredException();
		}
		List<String> incomplete = dossier.incompleteFields();
		if (!incomplete.isEmpty()) {
			throw new IncompleteDossierException(incomplete);
		}
		return dossier;
	}

	/**
	 * Receives a counter intake with its scans: the dossier gets its code and return date at once.
	 * @throws MissingDocumentsException when a mandatory document was not scanned
	 */
	void receiveAtCounter(DossierCode code, ProcedureDetails procedure, Actor officer, Instant now, LocalDate dueDate) {
		requireDraft("receive at the counter");
		if (this.channel == Channel.ONLINE) {
			throw new IllegalDossierActionException(this.status, "receive an online draft at the counter");
		}
		requireComplete(procedure.requirements());
		this.code = code.value();
		this.submittedAt = now;
		this.receivedAt = now;
		this.originalDueDate = dueDate;
		this.dueDate = dueDate;
		this.history.clear();
		this.status = DossierStatus.RECEIVED;
		this.updatedAt = now;
		record(now, officer, null, DossierStatus.RECEIVED, null);
		registerEvent(new DossierReceived(facts(), lastStep()));
	}

	private void filedUnder(ProcedureDetails procedure) {
		this.procedureId = procedure.id().value();
		this.procedureCode = procedure.summary().code();
		this.procedureRevision = procedure.revision();
		this.procedureName = procedure.summary().name();
		this.agencyId = procedure.summary().agency().id().value();
		this.agencyName = procedure.summary().agency().name();
	}

	/** Replaces what the citizen wrote; only a draft can be edited. */
	void edit(DossierContent content, Instant now) {
		requireDraft("edit");
		write(content);
		this.updatedAt = now;
	}

	private void write(DossierContent content) {
		this.submitter = content.submitter();
		this.owner = content.owner();
		this.ownerNameFolded = (content.owner() != null) ? VietnameseText.fold(content.owner().name()) : null;
		this.content = content.content();
		this.postalReturn = content.postalReturn();
		this.recipient = content.postalReturn() ? content.recipient() : null;
	}

	/** What the citizen wrote, as it stands. */
	DossierContent writtenContent() {
		return new DossierContent(this.submitter, this.owner, this.content, this.postalReturn, this.recipient);
	}

	DossierAttachment attach(RequirementDetails requirement, UUID fileId, Instant now) {
		requireDraft("attach a file to");
		DossierAttachment attachment = new DossierAttachment(this, requirement.id(), requirement.name(), fileId, now);
		this.attachments.add(attachment);
		this.updatedAt = now;
		return attachment;
	}

	/** Attaches a document of the citizen's store: the file is shared, never the dossier's to delete. */
	DossierAttachment attachFromStore(RequirementDetails requirement, UUID fileId, Instant now) {
		DossierAttachment attachment = (this.status == DossierStatus.AMENDMENT_REQUESTED)
				? attachAmendment(requirement, fileId, now) : attach(requirement, fileId, now);
		attachment.markShared();
		return attachment;
	}

	/**
	 * Removes an attachment of the draft and returns the file it held if the dossier owns it (a file
	 * picked from the store stays in the store).
	 */
	Optional<UUID> detach(UUID attachmentId, Instant now) {
		requireDraft("remove a file from");
		Optional<DossierAttachment> found = attachment(attachmentId);
		found.ifPresent(attachment -> {
			this.attachments.remove(attachment);
			this.updatedAt = now;
		});
		return found.filter(attachment -> !attachment.isShared()).map(DossierAttachment::fileId);
	}

	/** The names of the mandatory documents that have no file yet. */
	List<String> missingDocuments(Collection<RequirementDetails> requirements) {
		return missingDocuments(requirements,
				attachments().stream().map(DossierAttachment::requirementId).collect(Collectors.toSet()));
	}

	/**
	 * The names of the mandatory documents among the requirements that have none of the given
	 * files, in the procedure's order; a counter intake asks it of its scans before storing them.
	 */
	static List<String> missingDocuments(Collection<RequirementDetails> requirements, Set<UUID> given) {
		return requirements.stream()
			.filter(RequirementDetails::mandatory)
			.filter(requirement -> !given.contains(requirement.id()))
			.sorted(Comparator.comparingInt(RequirementDetails::position))
			.map(RequirementDetails::name)
			.toList();
	}

	/**
	 * Sends the draft to the agency. From here on the citizen cannot change it. The code is drawn
	 * only once the dossier is complete, so that a refused submission uses up no number.
	 * @param nextCode the agency's next dossier code
	 * @throws MissingDocumentsException when a mandatory document has no file
	 * @throws IncompleteDossierException when the owner or the postal recipient is missing
	 */
	void submit(java.util.function.Supplier<DossierCode> nextCode, ProcedureDetails procedure, Actor applicant,
			Instant now, Instant receiptDueAt) {
		requireDraft("submit");
		requireComplete(procedure.requirements());
		this.code = nextCode.get().value();
		this.submittedAt = now;
		this.receiptDueAt = receiptDueAt;
		moveTo(DossierStatus.SUBMITTED, now, applicant, null);
		registerEvent(new DossierSubmitted(facts(), lastStep(), receiptDueAt));
	}

	/** Refuses a dossier the agency cannot work on: documents first, then the facts of the form. */
	private void requireComplete(Collection<RequirementDetails> requirements) {
		List<String> missing = missingDocuments(requirements);
		if (!missing.isEmpty()) {
			throw new MissingDocumentsException(missing);
		}
		List<String> incomplete = incompleteFields();
		if (!incomplete.isEmpty()) {
			throw new IncompleteDossierException(incomplete);
		}
	}

	/**
	 * The officer has checked the dossier and the applicant's identity and receives it; the return
	 * date is set from the procedure's processing time.
	 */
	void receive(Actor officer, Instant now, LocalDate dueDate) {
		require("receive", DossierStatus.SUBMITTED);
		this.receivedAt = now;
		this.originalDueDate = dueDate;
		this.dueDate = dueDate;
		moveTo(DossierStatus.RECEIVED, now, officer, null);
		registerEvent(new DossierReceived(facts(), lastStep()));
	}

	/** Refuses the dossier, with a reason the citizen reads. */
	void reject(Actor officer, String reason, Instant now) {
		require("reject", DossierStatus.SUBMITTED, DossierStatus.RECEIVED);
		requireText(reason);
		close(DossierStatus.REJECTED, officer, reason, now);
		registerEvent(new DossierRejected(facts(), lastStep(), reason));
	}

	/**
	 * Sends the dossier back to the citizen to fix or add what the request names. The clock stops
	 * until the citizen answers. Only one request can ever exist for a dossier.
	 * @throws AmendmentAlreadyRequestedException when the dossier already had its request
	 */
	void requestAmendment(Actor officer, String reason, List<RequirementDetails> documents,
			List<AmendableField> fields, java.util.function.Function<AmendableField, String> fieldLabel, Instant now) {
		if (this.amendment != null) {
			throw new AmendmentAlreadyRequestedException();
		}
		require("request an amendment of", DossierStatus.RECEIVED);
		requireText(reason);
		AmendmentRequest request = new AmendmentRequest(this, officer, reason, now);
		documents.forEach(requirement -> request.addDocument(requirement.id(), requirement.name()));
		fields.forEach(field -> request.addField(field, fieldLabel.apply(field)));
		if (request.isEmpty()) {
			throw new IllegalArgumentException("An amendment request names at least one document or field");
		}
		this.amendment = request;
		moveTo(DossierStatus.AMENDMENT_REQUESTED, now, officer, reason);
		registerEvent(new AmendmentRequested(facts(), lastStep(), reason));
	}

	/** Whether the citizen may change this document now: only while amending, and only if named. */
	boolean mayAmend(UUID requirementId) {
		return this.status == DossierStatus.AMENDMENT_REQUESTED && this.amendment.names(requirementId);
	}

	boolean mayAmend(AmendableField field) {
		return this.status == DossierStatus.AMENDMENT_REQUESTED && this.amendment.names(field);
	}

	/** Adds a file for a requirement the amendment request names. */
	DossierAttachment attachAmendment(RequirementDetails requirement, UUID fileId, Instant now) {
		if (!mayAmend(requirement.id())) {
			throw new IllegalDossierActionException(this.status, "attach an unrequested document to");
		}
		DossierAttachment attachment = new DossierAttachment(this, requirement.id(), requirement.name(), fileId, now);
		attachment.markAmendment();
		this.attachments.add(attachment);
		return attachment;
	}

	/** Sets aside a file of a requirement the amendment request names; it stays in the record. */
	void supersede(UUID attachmentId, Instant now) {
		DossierAttachment attachment = attachment(attachmentId)
			.filter(candidate -> mayAmend(candidate.requirementId()))
			.orElseThrow(() -> new IllegalDossierActionException(this.status, "replace an unrequested document of"));
		attachment.supersede(now);
	}

	/**
	 * The citizen sends the amended dossier back. Only the parts the request named change; the
	 * return date moves by the working days spent waiting.
	 * @param pausedWorkingDays working days between the request and now
	 * @param newDueDate the return date moved by those days
	 */
	void completeAmendment(Actor citizen, DossierContent typed, List<String> documentChanges, Instant now,
			int pausedWorkingDays, LocalDate newDueDate) {
		require("complete the amendment of", DossierStatus.AMENDMENT_REQUESTED);
		DossierContent amended = writtenContent().amendedBy(typed, this.amendment.fields());
		List<String> changes = new ArrayList<>(documentChanges);
		if (!java.util.Objects.equals(this.submitter, amended.submitter())) {
			changes.add(AmendableField.SUBMITTER.name());
		}
		if (!java.util.Objects.equals(this.owner, amended.owner())) {
			changes.add(AmendableField.OWNER.name());
		}
		if (!java.util.Objects.equals(this.content, amended.content())) {
			changes.add(AmendableField.CONTENT.name());
		}
		if (this.postalReturn != amended.postalReturn() || !java.util.Objects.equals(this.recipient, amended.recipient())) {
			changes.add(AmendableField.RECIPIENT.name());
		}
		write(amended);
		List<String> incomplete = incompleteFields();
		if (!incomplete.isEmpty()) {
			throw new IncompleteDossierException(incomplete);
		}
		this.amendment.answer(now, pausedWorkingDays, changes);
		LocalDate previousDueDate = this.dueDate;
		this.dueDate = newDueDate;
		moveTo(DossierStatus.RECEIVED, now, citizen,
				(previousDueDate.equals(newDueDate)) ? null
						: PortalTime.moved(previousDueDate, newDueDate));
		registerEvent(new DossierAmended(facts(), lastStep(), previousDueDate));
	}

	/** Forwards the received dossier for resolution. */
	void startProcessing(Actor officer, Instant now) {
		require("start processing", DossierStatus.RECEIVED);
		this.processingStartedAt = now;
		moveTo(DossierStatus.IN_PROGRESS, now, officer, null);
		registerEvent(new ProcessingStarted(facts(), lastStep()));
	}

	/** Records a result document; the dossier is resolved with {@link #resolve}. */
	void addResult(UUID fileId, UUID personalDocumentId, String documentCode, Instant now) {
		require("add a result to", DossierStatus.IN_PROGRESS);
		this.results.add(new DossierResult(this, fileId, personalDocumentId, documentCode, now));
	}

	/** Marks the dossier resolved; it needs at least one result document. */
	void resolve(Actor officer, String note, Instant now) {
		require("resolve", DossierStatus.IN_PROGRESS);
		if (this.results.isEmpty()) {
			throw new IllegalDossierActionException(this.status, "resolve without a result");
		}
		this.resolvedAt = now;
		this.resolutionNote = note;
		moveTo(DossierStatus.RESOLVED, now, officer, note);
		registerEvent(new DossierResolved(facts(), lastStep(), note));
	}

	/**
	 * Hands the result over: at the counter, or by post with the postal item number and the date it
	 * was dispatched. Post needs a postal recipient on the dossier.
	 */
	void returnResult(Actor officer, ReturnMethod method, String postalItemNumber, LocalDate dispatchDate,
			Instant now) {
		require("return the result of", DossierStatus.RESOLVED);
		if (method == ReturnMethod.POSTAL) {
			if (!this.postalReturn || this.recipient == null) {
				throw new IllegalDossierActionException(this.status, "post the result of a counter");
			}
			requireText(postalItemNumber);
			if (dispatchDate == null) {
				throw new IllegalArgumentException("A postal return has a dispatch date");
			}
			if (dispatchDate.isBefore(PortalTime.dayOf(this.resolvedAt)) || dispatchDate.isAfter(PortalTime.dayOf(now))) {
				throw new DispatchDateOutOfRangeException();
			}
			this.postalItemNumber = postalItemNumber.trim();
			this.dispatchDate = dispatchDate;
		}
		this.returnMethod = method;
		this.returnedAt = now;
		moveTo(DossierStatus.RETURNED, now, officer,
				(method == ReturnMethod.POSTAL) ? this.postalItemNumber : null);
		registerEvent(new ResultReturned(facts(), lastStep(), method == ReturnMethod.POSTAL,
				(method == ReturnMethod.POSTAL) ? this.postalItemNumber : null));
	}

	/** The citizen takes the dossier back before it is resolved. */
	void withdraw(Actor citizen, String reason, Instant now) {
		require("withdraw", DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.AMENDMENT_REQUESTED,
				DossierStatus.PAYMENT_REQUESTED, DossierStatus.IN_PROGRESS);
		requireText(reason);
		close(DossierStatus.WITHDRAWN, citizen, reason, now);
		registerEvent(new DossierWithdrawn(facts(), lastStep(), reason));
	}

	/**
	 * Issues the letter of apology that a late dossier is owed, with a new return date. The legal due
	 * date stays as it was, so the dossier still counts as late.
	 */
	ApologyLetter apologise(Actor officer, String reason, LocalDate newReturnDate, LocalDate today, Instant now) {
		require("apologise for", DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
		if (!today.isAfter(this.dueDate)) {
			throw new DossierNotLateException(this.status);
		}
		requireText(reason);
		if (newReturnDate == null || !newReturnDate.isAfter(today)) {
			throw new IllegalArgumentException("The new return date lies in the future");
		}
		ApologyLetter letter = new ApologyLetter(this, officer, reason, newReturnDate, now);
		this.apologies.add(letter);
		this.updatedAt = now;
		record(now, officer, this.status, this.status, reason);
		registerEvent(new ApologyIssued(facts(), lastStep(), reason, newReturnDate));
		return letter;
	}

	/**
	 * The officer asks for an amount to pay (a fee or charge known only while processing). The
	 * dossier waits for it with its clock stopped, as for an amendment.
	 */
	void requestPayment(Actor officer, long amountVnd, String reason, Instant now) {
		require("request a payment for", DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
		requireText(reason);
		if (amountVnd <= 0) {
			throw new IllegalArgumentException("A payment request asks for a positive amount");
		}
		this.paymentResumeStatus = this.status;
		this.paymentRequestedAt = now;
		moveTo(DossierStatus.PAYMENT_REQUESTED, now, officer, reason);
		registerEvent(new PaymentRequested(facts(), lastStep(), amountVnd, reason));
	}

	/**
	 * The requested amount was paid: the dossier goes back to the state it waited in, its return date
	 * moved by the working days spent waiting.
	 */
	void settlePayment(Actor payer, long amountVnd, boolean atCounter, Instant now, LocalDate newDueDate) {
		require("settle the payment of", DossierStatus.PAYMENT_REQUESTED);
		LocalDate previousDueDate = this.dueDate;
		this.dueDate = newDueDate;
		DossierStatus back = this.paymentResumeStatus;
		this.paymentResumeStatus = null;
		moveTo(back, now, payer, (previousDueDate.equals(newDueDate)) ? null
				: PortalTime.moved(previousDueDate, newDueDate));
		registerEvent(new PaymentSettled(facts(), lastStep(), amountVnd, atCounter, previousDueDate));
	}

	Instant paymentRequestedAt() {
		return this.paymentRequestedAt;
	}

	private void close(DossierStatus to, Actor actor, String reason, Instant now) {
		this.closedAt = now;
		this.closingReason = reason;
		moveTo(to, now, actor, reason);
	}

	private void require(String action, DossierStatus... allowed) {
		for (DossierStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new IllegalDossierActionException(this.status, action);
	}

	private static void requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
	}

	/**
	 * What the actor may do with the dossier now: the applicant what a citizen may, anyone else what
	 * the agency's officers may (the services let only them reach the dossier). The steps below
	 * guard the same states; {@code DossierTest} holds both to the same table.
	 * @param today today in Viet Nam: an apology is owed from the day after the due date
	 */
	Set<DossierAction> allowedActions(Actor actor, LocalDate today) {
		EnumSet<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
		if (isAppliedBy(actor.accountId())) {
			switch (this.status) {
				case SUBMITTED, RECEIVED, IN_PROGRESS -> allowed.add(DossierAction.WITHDRAW);
				case AMENDMENT_REQUESTED -> allowed.addAll(EnumSet.of(DossierAction.WITHDRAW, DossierAction.AMEND));
				case PAYMENT_REQUESTED -> allowed.add(DossierAction.WITHDRAW);
				default -> {
				}
			}
			return allowed;
		}
		switch (this.status) {
			case SUBMITTED -> allowed.addAll(EnumSet.of(DossierAction.RECEIVE, DossierAction.REJECT));
			case RECEIVED -> {
				allowed.addAll(EnumSet.of(DossierAction.START_PROCESSING, DossierAction.REJECT));
				if (this.amendment == null) {
					allowed.add(DossierAction.REQUEST_AMENDMENT);
				}
			}
			case IN_PROGRESS -> allowed.add(DossierAction.RESOLVE);
			case RESOLVED -> allowed.add(DossierAction.RETURN_RESULT);
			default -> {
			}
		}
		if ((this.status == DossierStatus.RECEIVED || this.status == DossierStatus.IN_PROGRESS)
				&& today.isAfter(this.dueDate)) {
			allowed.add(DossierAction.APOLOGISE);
		}
		return allowed;
	}

	/**
	 * The mandatory documents the amendment request named that the dossier lacks now. Only the named
	 * documents could change, so only they can have become missing: a requirement the procedure
	 * gained after filing is not the citizen's to fill now.
	 */
	List<String> missingAmendedDocuments(List<RequirementDetails> requirements) {
		if (this.amendment == null) {
			return List.of();
		}
		return missingDocuments(requirements.stream().filter(requirement -> this.amendment.names(requirement.id())).toList());
	}

	/** The facts without which the agency cannot work on the dossier. */
	List<String> incompleteFields() {
		List<String> missing = new ArrayList<>();
		if (this.submitter == null || isBlank(this.submitter.name()) || isBlank(this.submitter.phone())) {
			missing.add("submitter");
		}
		if (this.owner == null || isBlank(this.owner.name()) || !ownerIdentified() || isBlank(this.owner.address())) {
			missing.add("owner");
		}
		if (this.postalReturn && (this.recipient == null || !this.recipient.isComplete())) {
			missing.add("recipient");
		}
		return missing;
	}

	/** An owner is known by their ID number or, without one, by birth year and their document's issue. */
	private boolean ownerIdentified() {
		return this.owner != null
				&& (!isBlank(this.owner.idNumber()) || (this.ownerIdentity != null && this.ownerIdentity.isComplete()));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Only a draft can be deleted; a submitted dossier can only be withdrawn. */
	void checkDeletable() {
		requireDraft("delete");
	}

	boolean isAppliedBy(UUID accountId) {
		return this.applicantId != null && this.applicantId.equals(accountId);
	}

	private void requireDraft(String action) {
		if (this.status != DossierStatus.DRAFT) {
			throw new IllegalDossierActionException(this.status, action);
		}
	}

	private void moveTo(DossierStatus next, Instant now, Actor actor, String note) {
		DossierStatus previous = this.status;
		this.status = next;
		this.updatedAt = now;
		record(now, actor, previous, next, note);
	}

	/** The dossier as the events of its steps describe it. */
	private DossierFacts facts() {
		Party contact = (this.submitter != null) ? this.submitter : this.owner;
		Party holder = (this.owner != null) ? this.owner : this.submitter;
		return new DossierFacts(this.id, this.code, this.agencyId, this.agencyName, this.procedureId,
				this.procedureName, this.channel, this.status, this.applicantId, this.receivedAt, this.dueDate,
				(holder != null) ? holder.name() : null, (contact != null)
						? new DossierFacts.Contact(contact.name(), contact.email(), contact.phone()) : null);
	}

	/** The step just recorded in the history. */
	private DossierEvent.Step lastStep() {
		DossierTransition step = this.history.get(this.history.size() - 1);
		return new DossierEvent.Step(step.occurredAt(), this.history.size(), step.actorName());
	}

	private void record(Instant now, Actor actor, DossierStatus from, DossierStatus to, String note) {
		this.history.add(new DossierTransition(this, now, actor, from, to, note));
	}

	Optional<DossierAttachment> attachment(UUID attachmentId) {
		return this.attachments.stream().filter(attachment -> attachment.id().equals(attachmentId)).findFirst();
	}

	DossierId id() {
		return new DossierId(this.id);
	}

	Optional<DossierCode> code() {
		return Optional.ofNullable(this.code).map(DossierCode::new);
	}

	UUID formKey() {
		return this.formKey;
	}

	UUID procedureId() {
		return this.procedureId;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	UUID applicantId() {
		return this.applicantId;
	}

	OwnerIdentity ownerIdentity() {
		return this.ownerIdentity;
	}

	String procedureCode() {
		return this.procedureCode;
	}

	String procedureName() {
		return this.procedureName;
	}

	String agencyName() {
		return this.agencyName;
	}

	Instant receiptDueAt() {
		return this.receiptDueAt;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	LocalDate originalDueDate() {
		return this.originalDueDate;
	}

	LocalDate dueDate() {
		return this.dueDate;
	}

	Instant processingStartedAt() {
		return this.processingStartedAt;
	}

	Instant resolvedAt() {
		return this.resolvedAt;
	}

	String resolutionNote() {
		return this.resolutionNote;
	}

	Instant returnedAt() {
		return this.returnedAt;
	}

	ReturnMethod returnMethod() {
		return this.returnMethod;
	}

	String postalItemNumber() {
		return this.postalItemNumber;
	}

	LocalDate dispatchDate() {
		return this.dispatchDate;
	}

	Instant closedAt() {
		return this.closedAt;
	}

	String closingReason() {
		return this.closingReason;
	}

	Optional<AmendmentRequest> amendment() {
		return Optional.ofNullable(this.amendment);
	}

	List<DossierResult> results() {
		return List.copyOf(this.results);
	}

	List<ApologyLetter> apologies() {
		return List.copyOf(this.apologies);
	}

	Channel channel() {
		return this.channel;
	}

	DossierStatus status() {
		return this.status;
	}

	Party submitter() {
		return this.submitter;
	}

	Party owner() {
		return this.owner;
	}

	String content() {
		return this.content;
	}

	boolean postalReturn() {
		return this.postalReturn;
	}

	PostalRecipient recipient() {
		return this.recipient;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0L;
	}

	/** Whether the file is attached, in force, for the requirement. */
	boolean holds(UUID requirementId, UUID fileId) {
		return attachments().stream()
			.anyMatch(attachment -> fileId.equals(attachment.fileId()) && requirementId.equals(attachment.requirementId()));
	}

	/** The files in force; files set aside during amendment are in {@link #allAttachments()}. */
	List<DossierAttachment> attachments() {
		return this.attachments.stream().filter(attachment -> !attachment.isSuperseded()).toList();
	}

	List<DossierAttachment> allAttachments() {
		return List.copyOf(this.attachments);
	}

	List<DossierTransition> history() {
		return List.copyOf(this.history);
	}

}

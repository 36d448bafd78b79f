package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.shared.Ids;

/**
 * A dossier (hồ sơ) for one procedure. It guards its own life: only a draft can be edited or
 * deleted, submitting checks the required documents and freezes it, and every change of state is
 * written to its history.
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

	@Version
	@Column(nullable = false)
	private Long version;

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("addedAt")
	private List<DossierAttachment> attachments = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("occurredAt")
	private List<DossierTransition> history = new ArrayList<>();

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
		dossier.procedureId = procedure.id().value();
		dossier.agencyId = procedure.summary().agency().id().value();
		dossier.applicantId = applicant.accountId();
		dossier.channel = Channel.ONLINE;
		dossier.status = DossierStatus.DRAFT;
		dossier.submitter = submitter;
		dossier.createdAt = now;
		dossier.updatedAt = now;
		dossier.record(now, applicant, null, DossierStatus.DRAFT, null);
		return dossier;
	}

	/** Replaces what the citizen wrote; only a draft can be edited. */
	void edit(DossierContent content, Instant now) {
		requireDraft("edit");
		this.submitter = content.submitter();
		this.owner = content.owner();
		this.content = content.content();
		this.postalReturn = content.postalReturn();
		this.recipient = content.postalReturn() ? content.recipient() : null;
		this.updatedAt = now;
	}

	DossierAttachment attach(RequirementDetails requirement, UUID fileId, Instant now) {
		requireDraft("attach a file to");
		DossierAttachment attachment = new DossierAttachment(this, requirement.id(), requirement.name(), fileId, now);
		this.attachments.add(attachment);
		this.updatedAt = now;
		return attachment;
	}

	/** Removes an attachment of the draft and returns the file it held, for deletion. */
	Optional<UUID> detach(UUID attachmentId, Instant now) {
		requireDraft("remove a file from");
		Optional<DossierAttachment> found = attachment(attachmentId);
		found.ifPresent(attachment -> {
			this.attachments.remove(attachment);
			this.updatedAt = now;
		});
		return found.map(DossierAttachment::fileId);
	}

	/** The names of the mandatory documents that have no file yet. */
	List<String> missingDocuments(Collection<RequirementDetails> requirements) {
		Set<UUID> given = this.attachments.stream().map(DossierAttachment::requirementId).collect(Collectors.toSet());
		return requirements.stream()
			.filter(RequirementDetails::mandatory)
			.filter(requirement -> !given.contains(requirement.id()))
			.sorted(Comparator.comparingInt(RequirementDetails::position))
			.map(RequirementDetails::name)
			.toList();
	}

	/**
	 * Sends the draft to the agency under the given code. From here on the citizen cannot change it.
	 * @throws MissingDocumentsException when a mandatory document has no file
	 */
	void submit(DossierCode code, ProcedureDetails procedure, Actor applicant, Instant now) {
		requireDraft("submit");
		List<String> missing = missingDocuments(procedure.requirements());
		if (!missing.isEmpty()) {
			throw new MissingDocumentsException(missing);
		}
		List<String> incomplete = incompleteFields();
		if (!incomplete.isEmpty()) {
			throw new IncompleteDossierException(incomplete);
		}
		this.code = code.value();
		this.submittedAt = now;
		this.updatedAt = now;
		moveTo(DossierStatus.SUBMITTED, now, applicant, null);
		registerEvent(new DossierSubmitted(id(), code, this.applicantId, this.agencyId, procedure.summary().name(),
				this.submitter.name(), this.submitter.email(), this.submitter.phone(), now));
	}

	/** The facts without which the agency cannot work on the dossier. */
	List<String> incompleteFields() {
		List<String> missing = new ArrayList<>();
		if (this.submitter == null || isBlank(this.submitter.name()) || isBlank(this.submitter.phone())) {
			missing.add("submitter");
		}
		if (this.owner == null || isBlank(this.owner.name()) || isBlank(this.owner.idNumber())
				|| isBlank(this.owner.address())) {
			missing.add("owner");
		}
		if (this.postalReturn && (this.recipient == null || !this.recipient.isComplete())) {
			missing.add("recipient");
		}
		return missing;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Only a draft can be deleted; a submitted dossier can only be withdrawn. */
	void checkDeletable() {
		requireDraft("delete");
	}

	boolean isAppliedBy(UUID accountId) {
		return this.applicantId.equals(accountId);
	}

	private void requireDraft(String action) {
		if (this.status != DossierStatus.DRAFT) {
			throw new IllegalDossierActionException(this.status, action);
		}
	}

	private void moveTo(DossierStatus next, Instant now, Actor actor, String note) {
		DossierStatus previous = this.status;
		this.status = next;
		record(now, actor, previous, next, note);
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

	List<DossierAttachment> attachments() {
		return List.copyOf(this.attachments);
	}

	List<DossierTransition> history() {
		return List.copyOf(this.history);
	}

}

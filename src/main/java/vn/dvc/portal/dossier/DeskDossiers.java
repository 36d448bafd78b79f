package vn.dvc.portal.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.AccountId;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.ProcedureQuery;
import vn.dvc.portal.catalog.ProcedureSummary;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.documents.DocumentMetadata;
import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.documents.StoredDocument;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.VietnameseText;

/**
 * The one-stop desk: an officer works the queue of their own agency. Every method finds the dossier
 * within the officer's agency only (another agency's dossier does not exist for them) and checks the
 * version the officer saw, so that of two officers acting at once, one wins and the other is told.
 */
@Service
public class DeskDossiers {

	private static final int PAGE_SIZE = 25;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Set<FileFormat> RESULT_FORMATS = Set.of(FileFormat.PDF);

	private static final Set<FileFormat> SCAN_FORMATS = Set.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG);

	private final Dossiers dossiers;

	private final DossierCodes codes;

	private final Catalog catalog;

	private final Documents documents;

	private final DocumentStore store;

	private final AccountDirectory accounts;

	private final WorkingCalendar calendar;

	private final DossierDeadlines deadlines;

	private final MessageSource messages;

	private final Clock clock;

	private final EntityManager entityManager;

	DeskDossiers(Dossiers dossiers, DossierCodes codes, Catalog catalog, Documents documents, DocumentStore store,
			AccountDirectory accounts, WorkingCalendar calendar, DossierDeadlines deadlines, MessageSource messages,
			Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalog = catalog;
		this.documents = documents;
		this.store = store;
		this.accounts = accounts;
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DeskCounts counts(PortalUser officer) {
		UUID agency = agencyOf(officer);
		Map<DossierStatus, Long> perStatus = new EnumMap<>(DossierStatus.class);
		for (Object[] row : this.dossiers.countByStatus(agency)) {
			perStatus.put((DossierStatus) row[0], (Long) row[1]);
		}
		Map<DeskQuery.Tab, Long> perTab = new EnumMap<>(DeskQuery.Tab.class);
		for (DeskQuery.Tab tab : DeskQuery.Tab.values()) {
			perTab.put(tab, tab.statuses().stream().mapToLong(status -> perStatus.getOrDefault(status, 0L)).sum());
		}
		DossierDeadlines.Moment moment = this.deadlines.at(this.clock.instant());
		Set<DossierStatus> running = DeskQuery.Tab.IN_PROGRESS.statuses();
		long overdue = this.dossiers.countReceiptDueBefore(agency, moment.now())
				+ this.dossiers.countDueBefore(agency, running, moment.today());
		long dueSoon = this.dossiers.countReceiptDueBetween(agency, moment.now(),
				moment.now().plus(DossierDeadlines.RECEIPT_DUE_SOON))
				+ this.dossiers.countDueBetween(agency, running, moment.today(), moment.nextWorkingDay());
		return new DeskCounts(perTab, overdue, dueSoon);
	}

	@Transactional(readOnly = true)
	public Page<DeskRow> queue(PortalUser officer, DeskQuery query, int page) {
		UUID agency = agencyOf(officer);
		DossierDeadlines.Moment moment = this.deadlines.at(this.clock.instant());
		return this.dossiers
			.findAll(specification(agency, query), PageRequest.of(Math.max(page, 0), PAGE_SIZE, order(query.tab())))
			.map(dossier -> new DeskRow(dossier.id(), dossier.code().map(DossierCode::value).orElse(null),
					dossier.procedureName(), (dossier.owner() != null) ? dossier.owner().name() : null,
					dossier.channel(), dossier.status(), dossier.submittedAt(), dossier.receiptDueAt(),
					dossier.dueDate(), DossierDeadlines.of(dossier.status(), dossier.receiptDueAt(), dossier.dueDate(),
							moment)));
	}

	/**
	 * The queue as the officer searched it. A whole code, an ID number or a phone number finds the
	 * dossier whatever its state, so that search looks in every tab; any other text searches the
	 * open tab, and the matches in the other tabs are counted so the page can point to them.
	 */
	@Transactional(readOnly = true)
	public DeskResults search(PortalUser officer, DeskQuery query, int page) {
		boolean everyTab = query.namesExactly();
		DeskQuery run = everyTab ? query.inTab(DeskQuery.Tab.ALL) : query;
		Page<DeskRow> rows = queue(officer, run, page);
		Map<DeskQuery.Tab, Long> perTab = (query.text() == null) ? Map.of() : matchesPerTab(agencyOf(officer), query);
		return new DeskResults(run, rows, everyTab, perTab);
	}

	private Map<DeskQuery.Tab, Long> matchesPerTab(UUID agency, DeskQuery query) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> counting = builder.createQuery(Object[].class);
		Root<Dossier> root = counting.from(Dossier.class);
		counting.multiselect(root.get("status"), builder.count(root))
			.where(specification(agency, query.inTab(DeskQuery.Tab.ALL)).toPredicate(root, counting, builder))
			.groupBy(root.get("status"));
		Map<DeskQuery.Tab, Long> perTab = new EnumMap<>(DeskQuery.Tab.class);
		for (Object[] row : this.entityManager.createQuery(counting).getResultList()) {
			perTab.merge(DeskQuery.Tab.of((DossierStatus) row[0]), (Long) row[1], Long::sum);
		}
		return perTab;
	}

	private static Specification<Dossier> specification(UUID agency, DeskQuery query) {
		return (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(builder.equal(root.get("agencyId"), agency));
			where.add(root.get("status").in(query.tab().statuses()));
			if (query.text() != null) {
				where.add(matchingText(query, root, builder));
			}
			if (query.procedureId() != null) {
				where.add(builder.equal(root.get("procedureId"), query.procedureId()));
			}
			if (query.channel() != null) {
				where.add(builder.equal(root.get("channel"), query.channel()));
			}
			if (query.submittedFrom() != null) {
				where.add(builder.greaterThanOrEqualTo(root.get("submittedAt"),
						query.submittedFrom().atStartOfDay(PortalTime.ZONE).toInstant()));
			}
			if (query.submittedTo() != null) {
				where.add(builder.lessThan(root.get("submittedAt"),
						query.submittedTo().plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant()));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

	private static Predicate matchingText(DeskQuery query, Root<Dossier> root, CriteriaBuilder builder) {
		return switch (query.kind()) {
			case CODE -> builder.equal(root.get("code"), query.code().orElseThrow().value());
			case IDENTIFIER -> {
				List<Predicate> any = new ArrayList<>();
				for (String idNumber : query.idNumbers()) {
					any.add(builder.equal(root.get("owner").get("idNumber"), idNumber));
					any.add(builder.equal(root.get("submitter").get("idNumber"), idNumber));
				}
				query.phone().ifPresent(phone -> {
					any.add(builder.equal(root.get("owner").get("phone"), phone));
					any.add(builder.equal(root.get("submitter").get("phone"), phone));
				});
				yield builder.or(any.toArray(Predicate[]::new));
			}
			case CODE_PREFIX -> builder.like(root.get("code"), like(query.compact()) + "%", '\\');
			case NAME, NONE ->
				builder.like(root.get("ownerNameFolded"), "%" + like(VietnameseText.fold(query.text())) + "%", '\\');
		};
	}

	@Transactional(readOnly = true)
	public DeskView view(PortalUser officer, DossierId id) {
		Dossier dossier = find(officer, id);
		String applicantIdNumber = (dossier.applicantId() == null) ? null
				: this.accounts.citizen(new AccountId(dossier.applicantId()))
					.map(AccountDirectory.CitizenProfile::idNumber)
					.orElse(null);
		return new DeskView(DossierViews.of(dossier, this.catalog, this.documents),
				DossierDeadlines.of(dossier.status(), dossier.receiptDueAt(), dossier.dueDate(),
						this.deadlines.at(this.clock.instant())),
				applicantIdNumber, dossier.ownerIdentity(), dossier.amendment().isEmpty(),
				dossier.allowedActions(Actor.of(officer), PortalTime.dayOf(this.clock.instant())));
	}

	/** Receives the dossier and sets its return date from the procedure's processing time. */
	@Transactional
	public void receive(PortalUser officer, DossierId id, long version) {
		Dossier dossier = find(officer, id, version);
		Instant now = this.clock.instant();
		ProcedureDetails procedure = procedure(dossier);
		dossier.receive(Actor.of(officer), now,
				this.calendar.addWorkingDays(PortalTime.dayOf(now), procedure.summary().processingDays()));
		this.dossiers.save(dossier);
	}

	@Transactional
	public void reject(PortalUser officer, DossierId id, long version, String reason) {
		Dossier dossier = find(officer, id, version);
		dossier.reject(Actor.of(officer), reason, this.clock.instant());
		this.dossiers.save(dossier);
	}

	/**
	 * Sends the dossier back for amendment, naming the documents and parts of the form to fix.
	 * @throws AmendmentAlreadyRequestedException when the dossier already had its one request
	 */
	@Transactional
	public void requestAmendment(PortalUser officer, DossierId id, long version, String reason,
			List<UUID> requirementIds, List<AmendableField> fields) {
		Dossier dossier = find(officer, id, version);
		ProcedureDetails procedure = procedure(dossier);
		List<RequirementDetails> named = procedure.requirements()
			.stream()
			.filter(requirement -> requirementIds.contains(requirement.id()))
			.toList();
		dossier.requestAmendment(Actor.of(officer), reason, named, fields,
				field -> this.messages.getMessage("dossier.amendable." + field.name(), null, VIETNAMESE),
				this.clock.instant());
		// Flushing here makes a concurrent second request fail now, on the unique constraint, inside
		// this method, rather than at commit.
		this.dossiers.saveAndFlush(dossier);
	}

	@Transactional
	public void startProcessing(PortalUser officer, DossierId id, long version) {
		Dossier dossier = find(officer, id, version);
		dossier.startProcessing(Actor.of(officer), this.clock.instant());
		this.dossiers.save(dossier);
	}

	/**
	 * Records the result documents and marks the dossier resolved. Each result is filed in the
	 * owner's document store under a code made of the owner's ID number and the result type code.
	 */
	@Transactional
	public void resolve(PortalUser officer, DossierId id, long version, String note, List<Documents.Upload> results) {
		Dossier dossier = find(officer, id, version);
		ProcedureDetails procedure = procedure(dossier);
		Instant now = this.clock.instant();
		String typeCode = (procedure.resultTypeCode() != null) ? procedure.resultTypeCode() : procedure.summary().code();
		for (Documents.Upload upload : results) {
			StoredDocument file = this.documents.store(upload, RESULT_FORMATS, this.documents.maxBytes(null));
			PersonalDocumentView filed = this.store.addResult(file.id(),
					new DocumentMetadata(owner(dossier), typeCode, procedure.summary().name(), note, PortalTime.dayOf(now),
							null, null),
					dossier.code().orElseThrow().value());
			dossier.addResult(file.id(), filed.id(), filed.documentCode(), now);
		}
		dossier.resolve(Actor.of(officer), note, now);
		this.dossiers.save(dossier);
	}

	@Transactional
	public void returnResult(PortalUser officer, DossierId id, long version, ReturnMethod method,
			String postalItemNumber, LocalDate dispatchDate) {
		Dossier dossier = find(officer, id, version);
		dossier.returnResult(Actor.of(officer), method, postalItemNumber, dispatchDate, this.clock.instant());
		this.dossiers.save(dossier);
	}

	@Transactional
	public void apologise(PortalUser officer, DossierId id, long version, String reason, LocalDate newReturnDate) {
		Dossier dossier = find(officer, id, version);
		Instant now = this.clock.instant();
		dossier.apologise(Actor.of(officer), reason, newReturnDate, PortalTime.dayOf(now), now);
		this.dossiers.save(dossier);
	}

	/**
	 * Registers a paper dossier: it gets its code and return date at once, its scans are filed with
	 * their metadata in the owner's document store, and if the person has an account it appears
	 * among their dossiers.
	 * @throws vn.dvc.portal.documents.UploadRejectedException when a scan is refused; nothing is kept
	 * @throws OwnerIdentityRequiredException when the owner has no ID number and no other identity
	 */
	@Transactional
	public DossierId intake(PortalUser officer, Intake intake) {
		UUID agency = agencyOf(officer);
		ProcedureDetails procedure = this.catalog.procedure(intake.procedureId())
			.filter(candidate -> candidate.summary().agency().id().value().equals(agency))
			.orElseThrow(() -> new NotFoundException("Procedure"));
		UUID applicantId = (intake.applicantIdNumber() == null) ? null
				: this.accounts.citizenByIdNumber(intake.applicantIdNumber())
					.map(profile -> profile.id().value())
					.orElse(null);
		Instant now = this.clock.instant();
		LocalDate today = PortalTime.dayOf(now);
		Dossier dossier = Dossier.atCounter(procedure, intake.channel(), applicantId, intake.content(),
				intake.ownerIdentity(), now);
		// Refused before any scan is stored; receiving checks the attached files again.
		List<String> missing = Dossier.missingDocuments(procedure.requirements(),
				intake.documents().stream().map(Intake.Scan::requirementId).collect(Collectors.toSet()));
		if (!missing.isEmpty()) {
			throw new MissingDocumentsException(missing);
		}
		// The scans are written first: from the number's issue to the commit, the agency's counter is
		// locked and every other submission to the agency waits.
		Map<UUID, DocumentMetadata> scanned = new LinkedHashMap<>();
		for (Intake.Scan scan : intake.documents()) {
			RequirementDetails requirement = procedure.requirement(scan.requirementId())
				.orElseThrow(() -> new NotFoundException("Requirement"));
			StoredDocument file = this.documents.store(scan.upload(), SCAN_FORMATS,
					this.documents.maxBytes(requirement.maxSizeBytes()));
			dossier.attach(requirement, file.id(), now);
			scanned.put(file.id(), new DocumentMetadata(owner(dossier), scan.typeCodeOr(procedure, requirement),
					scan.nameOr(requirement), scan.summary(), scan.validFrom(), scan.validUntil(), scan.scope()));
		}
		DossierCode code = this.codes.next(agency, procedure.summary().agency().code(), today);
		scanned.forEach((fileId, metadata) -> this.store.addDigitised(fileId, metadata, code.value()));
		dossier.receiveAtCounter(code, procedure, Actor.of(officer), now,
				this.calendar.addWorkingDays(today, procedure.summary().processingDays()));
		this.dossiers.save(dossier);
		return dossier.id();
	}

	/** The procedures an officer can register paper dossiers for: their agency's open ones. */
	@Transactional(readOnly = true)
	public List<ProcedureSummary> intakeProcedures(PortalUser officer) {
		UUID agency = agencyOf(officer);
		return this.catalog
			.search(new ProcedureQuery(null, new AgencyId(agency), null, null),
					PageRequest.of(0, 500))
			.stream()
			.filter(ProcedureSummary::acceptingDossiers)
			.toList();
	}

	private DocumentMetadata.Owner owner(Dossier dossier) {
		Party owner = dossier.owner();
		OwnerIdentity identity = dossier.ownerIdentity();
		return new DocumentMetadata.Owner(owner.idNumber(), owner.name(), (identity != null) ? identity.birthYear() : null,
				(identity != null) ? identity.idIssueDate() : null, (identity != null) ? identity.idIssuer() : null);
	}

	private Dossier find(PortalUser officer, DossierId id, long version) {
		Dossier dossier = find(officer, id);
		if (dossier.version() != version) {
			throw new ObjectOptimisticLockingFailureException(Dossier.class, id.value());
		}
		return dossier;
	}

	private Dossier find(PortalUser officer, DossierId id) {
		return this.dossiers.findByIdAndAgencyId(id.value(), agencyOf(officer))
			.filter(dossier -> dossier.status() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Dossier"));
	}

	private ProcedureDetails procedure(Dossier dossier) {
		return this.catalog.procedure(new ProcedureId(dossier.procedureId()))
			.orElseThrow(() -> new NotFoundException("Procedure"));
	}

	private static UUID agencyOf(PortalUser officer) {
		if (officer.role() != Role.OFFICER) {
			throw new NotFoundException("Agency");
		}
		return officer.agencyId().orElseThrow(() -> new NotFoundException("Agency"));
	}

	private static Sort order(DeskQuery.Tab tab) {
		return switch (tab) {
			case WAITING -> Sort.by("receiptDueAt", "submittedAt");
			case IN_PROGRESS -> Sort.by("dueDate", "submittedAt");
			case AMENDMENT -> Sort.by("updatedAt");
			case TO_RETURN -> Sort.by("resolvedAt");
			case CLOSED, ALL -> Sort.by(Sort.Direction.DESC, "updatedAt");
		};
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

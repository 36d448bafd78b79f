package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.ProcedureSummary;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.dossier.events.DossierSubmitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The dossier aggregate on its own: no Spring, no database. */
class DossierTest {

	private static final Instant T0 = Instant.parse("2024-11-05T02:00:00Z");

	private static final Instant T1 = T0.plusSeconds(60);

	private static final Instant T2 = T0.plusSeconds(120);

	private static final Instant RECEIPT_DUE = T0.plusSeconds(8 * 3600);

	private final AgencySummary agency = new AgencySummary(new AgencyId(UUID.randomUUID()), "000.00.20.H27",
			"Sở Ngoại vụ tỉnh Hà Tĩnh", AdminLevel.PROVINCE, null, null, null, null);

	private final RequirementDetails proposal = new RequirementDetails(UUID.randomUUID(), 1, "Văn bản đề nghị", true,
			List.of(FileFormat.PDF), null, null);

	private final RequirementDetails plan = new RequirementDetails(UUID.randomUUID(), 2, "Đề án tổ chức", true,
			List.of(FileFormat.PDF), null, null);

	private final RequirementDetails guests = new RequirementDetails(UUID.randomUUID(), 3, "Danh sách đại biểu", false,
			List.of(FileFormat.PDF, FileFormat.JPEG), null, null);

	private final ProcedureDetails procedure = procedure(true, List.of(this.proposal, this.plan, this.guests));

	private final Actor applicant = new Actor(UUID.randomUUID(), "Nguyễn Văn An");

	private final Party submitter = new Party("Nguyễn Văn An", "001090012345", "0912345678", "an@example.com",
			"Số 1 Trần Phú, thành phố Hà Tĩnh");

	private final PostalRecipient recipient = new PostalRecipient("Trần Thị Bình", "0988745896", "Thôn A, xã Kỳ Sơn",
			"Tỉnh Hà Tĩnh");

	private final DossierCode code = DossierCode.of("000.00.20.H27", LocalDate.of(2024, 11, 5), 1);

	private ProcedureDetails procedure(boolean accepting, List<RequirementDetails> requirements) {
		ProcedureSummary summary = new ProcedureSummary(new ProcedureId(UUID.randomUUID()), "H27.SNGV.01",
				"Cho phép tổ chức hội nghị, hội thảo quốc tế", "Hội nghị, hội thảo quốc tế", this.agency,
				ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 15, 0, accepting);
		return new ProcedureDetails(summary, null, true, false, null, null, requirements);
	}

	private Dossier draft() {
		return Dossier.draft(this.procedure, UUID.randomUUID(), this.applicant, this.submitter, T0);
	}

	private DossierContent complete(boolean postalReturn) {
		return new DossierContent(this.submitter, this.submitter, "Đề nghị cho phép tổ chức hội thảo", postalReturn,
				postalReturn ? this.recipient : null);
	}

	private Dossier readyToSubmit() {
		Dossier dossier = draft();
		dossier.edit(complete(true), T1);
		dossier.attach(this.proposal, UUID.randomUUID(), T1);
		dossier.attach(this.plan, UUID.randomUUID(), T1);
		return dossier;
	}

	private static List<Object> events(Dossier dossier) {
		Collection<?> events = ReflectionTestUtils.invokeMethod(dossier, "domainEvents");
		return List.copyOf(events);
	}

	@Test
	void aDraftBelongsToItsApplicantAndAgencyAndStartsItsHistory() {
		UUID formKey = UUID.randomUUID();
		Dossier dossier = Dossier.draft(this.procedure, formKey, this.applicant, this.submitter, T0);

		assertThat(dossier.status()).isEqualTo(DossierStatus.DRAFT);
		assertThat(dossier.code()).isEmpty();
		assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
		assertThat(dossier.formKey()).isEqualTo(formKey);
		assertThat(dossier.procedureId()).isEqualTo(this.procedure.id().value());
		assertThat(dossier.agencyId()).isEqualTo(this.agency.id().value());
		assertThat(dossier.isAppliedBy(this.applicant.accountId())).isTrue();
		assertThat(dossier.isAppliedBy(UUID.randomUUID())).isFalse();
		assertThat(dossier.submitter()).isEqualTo(this.submitter);
		assertThat(dossier.createdAt()).isEqualTo(T0);
		assertThat(dossier.history()).singleElement().satisfies(step -> {
			assertThat(step.view().from()).isNull();
			assertThat(step.view().to()).isEqualTo(DossierStatus.DRAFT);
			assertThat(step.view().actorName()).isEqualTo("Nguyễn Văn An");
		});
		assertThat(events(dossier)).isEmpty();
	}

	@Test
	void aClosedProcedureTakesNoNewDraft() {
		ProcedureDetails closed = procedure(false, List.of(this.proposal));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Dossier.draft(closed, UUID.randomUUID(), this.applicant, this.submitter, T0));
	}

	@Test
	void aDraftCanBeEditedAndTheRecipientIsDroppedWithoutPostalReturn() {
		Dossier dossier = draft();
		Party owner = new Party("Công ty TNHH Hồng Lĩnh", "3001234567", null, null, "Thành phố Hà Tĩnh");
		dossier.edit(new DossierContent(this.submitter, owner, "Nội dung lần 1", true, this.recipient), T1);

		assertThat(dossier.owner()).isEqualTo(owner);
		assertThat(dossier.content()).isEqualTo("Nội dung lần 1");
		assertThat(dossier.postalReturn()).isTrue();
		assertThat(dossier.recipient()).isEqualTo(this.recipient);
		assertThat(dossier.updatedAt()).isEqualTo(T1);

		// The recipient typed before the citizen unticked the postal return is not kept.
		dossier.edit(new DossierContent(this.submitter, owner, "Nội dung lần 2", false, this.recipient), T2);
		assertThat(dossier.content()).isEqualTo("Nội dung lần 2");
		assertThat(dossier.postalReturn()).isFalse();
		assertThat(dossier.recipient()).isNull();
		assertThat(dossier.updatedAt()).isEqualTo(T2);
	}

	@Test
	void attachAndDetachFilesOfADraft() {
		Dossier dossier = draft();
		UUID fileId = UUID.randomUUID();
		DossierAttachment attachment = dossier.attach(this.proposal, fileId, T1);

		assertThat(dossier.attachments()).containsExactly(attachment);
		assertThat(attachment.requirementId()).isEqualTo(this.proposal.id());
		assertThat(attachment.requirementName()).isEqualTo("Văn bản đề nghị");
		assertThat(dossier.attachment(attachment.id())).contains(attachment);

		assertThat(dossier.detach(UUID.randomUUID(), T2)).isEmpty();
		assertThat(dossier.attachments()).hasSize(1);
		assertThat(dossier.detach(attachment.id(), T2)).contains(fileId);
		assertThat(dossier.attachments()).isEmpty();
	}

	@Test
	void missingDocumentsAreTheMandatoryOnesWithoutAFileInTheProceduresOrder() {
		Dossier dossier = draft();
		// Given in another order than their positions: the answer follows the positions.
		List<RequirementDetails> shuffled = List.of(this.guests, this.plan, this.proposal);

		assertThat(dossier.missingDocuments(shuffled)).containsExactly("Văn bản đề nghị", "Đề án tổ chức");

		dossier.attach(this.guests, UUID.randomUUID(), T1);
		assertThat(dossier.missingDocuments(shuffled)).containsExactly("Văn bản đề nghị", "Đề án tổ chức");

		dossier.attach(this.plan, UUID.randomUUID(), T1);
		assertThat(dossier.missingDocuments(shuffled)).containsExactly("Văn bản đề nghị");

		dossier.attach(this.proposal, UUID.randomUUID(), T1);
		assertThat(dossier.missingDocuments(shuffled)).isEmpty();
	}

	@Test
	void submittingWithoutTheMandatoryDocumentsIsRefusedAndChangesNothing() {
		Dossier dossier = draft();
		dossier.edit(complete(false), T1);
		dossier.attach(this.plan, UUID.randomUUID(), T1);

		java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();
		MissingDocumentsException ex = catchThrowableOfType(MissingDocumentsException.class,
				() -> dossier.submit(() -> {
					drawn.incrementAndGet();
					return this.code;
				}, this.procedure, this.applicant, T2, RECEIPT_DUE));

		assertThat(ex.missing()).containsExactly("Văn bản đề nghị");
		// A refused submission uses up no number of the agency's sequence.
		assertThat(drawn).hasValue(0);
		assertThat(dossier.status()).isEqualTo(DossierStatus.DRAFT);
		assertThat(dossier.code()).isEmpty();
		assertThat(dossier.history()).hasSize(1);
		assertThat(events(dossier)).isEmpty();
	}

	@Test
	void submittingWithoutOwnerOrPostalRecipientIsRefused() {
		Dossier dossier = draft();
		dossier.edit(new DossierContent(this.submitter, null, "Nội dung", true, null), T1);
		dossier.attach(this.proposal, UUID.randomUUID(), T1);
		dossier.attach(this.plan, UUID.randomUUID(), T1);

		IncompleteDossierException ex = catchThrowableOfType(IncompleteDossierException.class,
				() -> dossier.submit(() -> this.code, this.procedure, this.applicant, T2, RECEIPT_DUE));

		assertThat(ex.fields()).containsExactly("owner", "recipient");
		assertThat(dossier.status()).isEqualTo(DossierStatus.DRAFT);
		assertThat(dossier.code()).isEmpty();
	}

	@Test
	void aHalfFilledRecipientOrAnOwnerWithoutIdNumberIsIncomplete() {
		Dossier dossier = draft();
		Party ownerWithoutId = new Party("Trần Thị Bình", null, null, null, "Thôn A");
		PostalRecipient noProvince = new PostalRecipient("Trần Thị Bình", "0988745896", "Thôn A", " ");
		dossier.edit(new DossierContent(this.submitter, ownerWithoutId, null, true, noProvince), T1);

		assertThat(dossier.incompleteFields()).containsExactly("owner", "recipient");
	}

	@Test
	void aCompleteDraftIsSubmittedWithItsCodeHistoryAndEvent() {
		Dossier dossier = readyToSubmit();

		dossier.submit(() -> this.code, this.procedure, this.applicant, T2, RECEIPT_DUE);

		assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(dossier.code()).contains(this.code);
		assertThat(dossier.submittedAt()).isEqualTo(T2);
		assertThat(dossier.updatedAt()).isEqualTo(T2);
		List<DossierTransition> history = dossier.history();
		assertThat(history).hasSize(2);
		DossierView.Step submitted = history.get(1).view();
		assertThat(submitted.from()).isEqualTo(DossierStatus.DRAFT);
		assertThat(submitted.to()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(submitted.at()).isEqualTo(T2);
		assertThat(submitted.actorName()).isEqualTo("Nguyễn Văn An");
		assertThat(ReflectionTestUtils.getField(history.get(1), "actorId")).isEqualTo(this.applicant.accountId());

		assertThat(dossier.receiptDueAt()).isEqualTo(RECEIPT_DUE);
		assertThat(events(dossier)).singleElement().isInstanceOfSatisfying(DossierSubmitted.class, event -> {
			assertThat(event.dossier().id()).isEqualTo(dossier.id().value());
			assertThat(event.dossier().code()).isEqualTo(this.code.value());
			assertThat(event.dossier().status()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(event.dossier().applicantId()).isEqualTo(this.applicant.accountId());
			assertThat(event.dossier().agencyId()).isEqualTo(this.agency.id().value());
			assertThat(event.dossier().procedureName()).isEqualTo("Cho phép tổ chức hội nghị, hội thảo quốc tế");
			assertThat(event.dossier().channel()).isEqualTo(Channel.ONLINE);
			assertThat(event.dossier().contact().name()).isEqualTo("Nguyễn Văn An");
			assertThat(event.dossier().contact().email()).isEqualTo("an@example.com");
			assertThat(event.dossier().contact().phone()).isEqualTo("0912345678");
			assertThat(event.step().at()).isEqualTo(T2);
			assertThat(event.step().sequence()).isEqualTo(2);
			assertThat(event.step().actor()).isEqualTo("Nguyễn Văn An");
			assertThat(event.receiptDueAt()).isEqualTo(RECEIPT_DUE);
		});
	}

	@Test
	void aSubmittedDossierIsFrozen() {
		Dossier dossier = readyToSubmit();
		UUID attachmentId = dossier.attachments().get(0).id();
		dossier.submit(() -> this.code, this.procedure, this.applicant, T2, RECEIPT_DUE);

		assertFrozen(() -> dossier.edit(complete(false), T2), "edit");
		assertFrozen(() -> dossier.attach(this.guests, UUID.randomUUID(), T2), "attach a file to");
		assertFrozen(() -> dossier.detach(attachmentId, T2), "remove a file from");
		assertFrozen(() -> dossier.submit(() -> this.code, this.procedure, this.applicant, T2, RECEIPT_DUE), "submit");
		assertFrozen(dossier::checkDeletable, "delete");

		assertThat(dossier.content()).isEqualTo("Đề nghị cho phép tổ chức hội thảo");
		assertThat(dossier.attachments()).hasSize(2);
		assertThat(dossier.history()).hasSize(2);
		assertThat(events(dossier)).hasSize(1);
	}

	@Test
	void aDraftIsDeletable() {
		draft().checkDeletable();
	}

	private static void assertFrozen(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String what) {
		assertThatExceptionOfType(IllegalDossierActionException.class).isThrownBy(action).satisfies(ex -> {
			assertThat(ex.status()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(ex.action()).isEqualTo(what);
		});
	}

	@Test
	void dossierCodesAreReadAsPeopleTypeThem() {
		assertThat(DossierCode.parse("000.00.20.h27-241105-0001 ")).map(DossierCode::value)
			.contains("000.00.20.H27-241105-0001");
		assertThat(DossierCode.parse(" 000.00.20.H27 - 241105 - 0001\t")).map(DossierCode::value)
			.contains("000.00.20.H27-241105-0001");
		assertThat(DossierCode.parse("000.00.20.H27-241105-123456")).isPresent();
	}

	@Test
	void garbageIsNotADossierCode() {
		for (String typed : new String[] { null, "", "   ", "hello", "000.00.20.H27", "000.00.20.H27-24115-0001",
				"000.00.20.H27-241105-001", "000.00.20.H27-241105-1234567", "000.00.20.H27_241105_0001",
				"'; drop table dossier; --", "<script>alert(1)</script>-241105-0001", "Đ00.00.20.H27-241105-0001" }) {
			assertThat(DossierCode.parse(typed)).as("%s", typed).isEmpty();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode("000.00.20.h27-241105-0001"));
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode(null));
	}

	@Test
	void dossierCodesAreMadeOfAgencyDayAndSequence() {
		assertThat(DossierCode.of("000.00.12.H27", LocalDate.of(2025, 1, 9), 7).value())
			.isEqualTo("000.00.12.H27-250109-0007");
		assertThat(DossierCode.of("000.00.12.H27", LocalDate.of(2025, 12, 31), 12345).value())
			.isEqualTo("000.00.12.H27-251231-12345");
	}

	@Test
	void statusesMapToTheNationalPortalsCodes() {
		assertThat(DossierStatus.DRAFT.nationalCode()).isEqualTo(OptionalInt.empty());
		assertThat(DossierStatus.SUBMITTED.nationalCode()).hasValue(1);
		assertThat(DossierStatus.RECEIVED.nationalCode()).hasValue(2);
		assertThat(DossierStatus.REJECTED.nationalCode()).hasValue(3);
		assertThat(DossierStatus.IN_PROGRESS.nationalCode()).hasValue(4);
		assertThat(DossierStatus.AMENDMENT_REQUESTED.nationalCode()).hasValue(5);
		assertThat(DossierStatus.PAYMENT_REQUESTED.nationalCode()).hasValue(6);
		assertThat(DossierStatus.WITHDRAWN.nationalCode()).hasValue(7);
		assertThat(DossierStatus.RESOLVED.nationalCode()).hasValue(9);
		assertThat(DossierStatus.RETURNED.nationalCode()).hasValue(10);
		assertThat(DossierStatus.values()).hasSize(10);
	}

	@Test
	void onlyRejectedWithdrawnAndReturnedAreFinal() {
		assertThat(java.util.Arrays.stream(DossierStatus.values()).filter(DossierStatus::isFinal))
			.containsExactlyInAnyOrder(DossierStatus.REJECTED, DossierStatus.WITHDRAWN, DossierStatus.RETURNED);
	}

	@Test
	void channelsHaveTheNationalPortalsCodes() {
		assertThat(Channel.COUNTER.nationalCode()).isEqualTo(1);
		assertThat(Channel.ONLINE.nationalCode()).isEqualTo(2);
		assertThat(Channel.POSTAL.nationalCode()).isEqualTo(3);
		assertThat(Channel.values()).hasSize(3);
	}

	@Test
	void theActionsAllowedFollowTheStateAndWhoAsks() {
		Actor officer = new Actor(UUID.randomUUID(), "Cán bộ Một cửa");
		LocalDate due = LocalDate.of(2024, 11, 20);
		LocalDate onTime = due;
		LocalDate late = due.plusDays(1);
		Dossier dossier = readyToSubmit();
		assertThat(dossier.allowedActions(officer, onTime)).isEmpty();
		assertThat(dossier.allowedActions(this.applicant, onTime)).isEmpty();

		dossier.submit(() -> this.code, this.procedure, this.applicant, T2, RECEIPT_DUE);
		assertThat(dossier.allowedActions(officer, onTime)).containsExactlyInAnyOrder(DossierAction.RECEIVE,
				DossierAction.REJECT);
		assertThat(dossier.allowedActions(this.applicant, onTime)).containsExactly(DossierAction.WITHDRAW);

		dossier.receive(officer, T2, due);
		assertThat(dossier.allowedActions(officer, onTime)).containsExactlyInAnyOrder(DossierAction.START_PROCESSING,
				DossierAction.REJECT, DossierAction.REQUEST_AMENDMENT);
		assertThat(dossier.allowedActions(officer, late)).contains(DossierAction.APOLOGISE);

		dossier.requestAmendment(officer, "Thiếu đề án", List.of(this.plan), List.of(), field -> field.name(), T2);
		assertThat(dossier.allowedActions(officer, late)).isEmpty();
		assertThat(dossier.allowedActions(this.applicant, onTime)).containsExactlyInAnyOrder(DossierAction.AMEND,
				DossierAction.WITHDRAW);

		dossier.completeAmendment(this.applicant, complete(true), List.of(), T2, 0, due);
		// The one amendment is used: the desk can no longer ask for another.
		assertThat(dossier.allowedActions(officer, onTime)).containsExactlyInAnyOrder(DossierAction.START_PROCESSING,
				DossierAction.REJECT);

		dossier.startProcessing(officer, T2);
		assertThat(dossier.allowedActions(officer, onTime)).containsExactly(DossierAction.RESOLVE);
		assertThat(dossier.allowedActions(officer, late)).containsExactlyInAnyOrder(DossierAction.RESOLVE,
				DossierAction.APOLOGISE);
		assertThat(dossier.allowedActions(this.applicant, onTime)).containsExactly(DossierAction.WITHDRAW);

		dossier.addResult(UUID.randomUUID(), null, null, T2);
		dossier.resolve(officer, null, T2);
		assertThat(dossier.allowedActions(officer, late)).containsExactly(DossierAction.RETURN_RESULT);
		assertThat(dossier.allowedActions(this.applicant, onTime)).isEmpty();

		dossier.returnResult(officer, ReturnMethod.COUNTER, null, null, T2);
		assertThat(dossier.allowedActions(officer, late)).isEmpty();
		assertThat(dossier.allowedActions(this.applicant, late)).isEmpty();
	}

}

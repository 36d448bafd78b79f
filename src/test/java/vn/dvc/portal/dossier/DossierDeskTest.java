package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import vn.dvc.portal.dossier.events.AmendmentRequested;
import vn.dvc.portal.dossier.events.DossierEvent;
import vn.dvc.portal.dossier.events.DossierReceived;
import vn.dvc.portal.dossier.events.DossierRejected;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.dossier.events.ProcessingStarted;
import vn.dvc.portal.dossier.events.ResultReturned;
import vn.dvc.portal.shared.PortalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The dossier aggregate at the one-stop desk, without Spring: every transition an officer or the
 * citizen may make after submission, and every one the dossier refuses.
 */
class DossierDeskTest {

	private static final Instant SUBMITTED_AT = Instant.parse("2024-11-05T02:00:00Z");

	private static final Instant RECEIVED_AT = Instant.parse("2024-11-05T04:00:00Z");

	private static final Instant LATER = Instant.parse("2024-11-12T03:00:00Z");

	private static final Instant EVEN_LATER = Instant.parse("2024-11-19T03:00:00Z");

	private static final LocalDate DUE = LocalDate.of(2024, 11, 26);

	private final AgencySummary agency = new AgencySummary(new AgencyId(UUID.randomUUID()), "000.00.20.H27",
			"Sở Ngoại vụ tỉnh Hà Tĩnh", AdminLevel.PROVINCE, null, null, null, null);

	private final RequirementDetails proposal = new RequirementDetails(UUID.randomUUID(), 1, "Văn bản đề nghị", true,
			List.of(FileFormat.PDF), null, null);

	private final RequirementDetails plan = new RequirementDetails(UUID.randomUUID(), 2, "Đề án tổ chức", true,
			List.of(FileFormat.PDF), null, null);

	private final ProcedureDetails procedure = new ProcedureDetails(
			new ProcedureSummary(new ProcedureId(UUID.randomUUID()), "H27.SNGV.01",
					"Cho phép tổ chức hội nghị, hội thảo quốc tế", "Hội nghị, hội thảo quốc tế", this.agency,
					ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 15, 0, true),
			null, true, false, null, null, List.of(this.proposal, this.plan));

	private final Actor citizen = new Actor(UUID.randomUUID(), "Nguyễn Văn An");

	private final Actor officer = new Actor(UUID.randomUUID(), "Cán bộ một cửa Sở Ngoại vụ");

	private final Party submitter = new Party("Nguyễn Văn An", "001090012345", "0912345678", "an@example.com",
			"Số 1 Trần Phú, thành phố Hà Tĩnh");

	private final PostalRecipient recipient = new PostalRecipient("Trần Thị Bình", "0988745896", "Thôn A, xã Kỳ Sơn",
			"Tỉnh Hà Tĩnh");

	private final DossierCode code = DossierCode.of("000.00.20.H27", LocalDate.of(2024, 11, 5), 1);

	/** A submitted dossier; with postal return if asked. */
	private Dossier submitted(boolean postalReturn) {
		Dossier dossier = Dossier.draft(this.procedure, UUID.randomUUID(), this.citizen, this.submitter,
				SUBMITTED_AT.minusSeconds(600));
		dossier.edit(content(this.submitter, "Đề nghị cho phép tổ chức hội thảo", postalReturn), SUBMITTED_AT);
		dossier.attach(this.proposal, UUID.randomUUID(), SUBMITTED_AT);
		dossier.attach(this.plan, UUID.randomUUID(), SUBMITTED_AT);
		dossier.submit(() -> this.code, this.procedure, this.citizen, SUBMITTED_AT, SUBMITTED_AT.plusSeconds(8 * 3600));
		return dossier;
	}

	private DossierContent content(Party submitter, String text, boolean postalReturn) {
		return new DossierContent(submitter, submitter, text, postalReturn, postalReturn ? this.recipient : null);
	}

	private Dossier received() {
		Dossier dossier = submitted(false);
		dossier.receive(this.officer, RECEIVED_AT, DUE);
		return dossier;
	}

	private void requestAmendmentOfPlanAndContent(Dossier dossier, Instant at) {
		dossier.requestAmendment(this.officer, "Đề án thiếu chữ ký", List.of(this.plan), List.of(AmendableField.CONTENT),
				field -> "Nội dung đề nghị", at);
	}

	private Dossier inProgress(boolean postalReturn) {
		Dossier dossier = submitted(postalReturn);
		dossier.receive(this.officer, RECEIVED_AT, DUE);
		dossier.startProcessing(this.officer, LATER);
		return dossier;
	}

	private Dossier resolved(boolean postalReturn) {
		Dossier dossier = inProgress(postalReturn);
		dossier.addResult(UUID.randomUUID(), UUID.randomUUID(), "001090012345.H27.KQ01.0001", EVEN_LATER);
		dossier.resolve(this.officer, "Đồng ý cho phép tổ chức", EVEN_LATER);
		return dossier;
	}

	/** A dossier in the given state, reached through the aggregate's own methods. */
	private Dossier in(DossierStatus status) {
		return switch (status) {
			case DRAFT -> Dossier.draft(this.procedure, UUID.randomUUID(), this.citizen, this.submitter, SUBMITTED_AT);
			case SUBMITTED -> submitted(false);
			case RECEIVED -> received();
			case AMENDMENT_REQUESTED -> {
				Dossier dossier = received();
				requestAmendmentOfPlanAndContent(dossier, LATER);
				yield dossier;
			}
			case IN_PROGRESS -> inProgress(false);
			case PAYMENT_REQUESTED -> {
				Dossier dossier = inProgress(false);
				dossier.requestPayment(this.officer, 50_000, "Phí thẩm định", LATER.plusSeconds(60));
				yield dossier;
			}
			case RESOLVED -> resolved(false);
			case RETURNED -> {
				Dossier dossier = resolved(false);
				dossier.returnResult(this.officer, ReturnMethod.COUNTER, null, null, EVEN_LATER.plusSeconds(60));
				yield dossier;
			}
			case REJECTED -> {
				Dossier dossier = submitted(false);
				dossier.reject(this.officer, "Không thuộc thẩm quyền", RECEIVED_AT);
				yield dossier;
			}
			case WITHDRAWN -> {
				Dossier dossier = submitted(false);
				dossier.withdraw(this.citizen, "Không còn nhu cầu", RECEIVED_AT);
				yield dossier;
			}
		};
	}

	private static List<DossierEvent> events(Dossier dossier) {
		Collection<?> events = ReflectionTestUtils.invokeMethod(dossier, "domainEvents");
		return events.stream().map(DossierEvent.class::cast).toList();
	}

	private static DossierView.Step lastStep(Dossier dossier) {
		List<DossierTransition> history = dossier.history();
		return history.get(history.size() - 1).view();
	}

	private static DossierEvent lastEvent(Dossier dossier) {
		List<DossierEvent> events = events(dossier);
		return events.get(events.size() - 1);
	}

	@Test
	void receivingASubmittedDossierSetsItsReturnDate() {
		Dossier dossier = submitted(false);

		dossier.receive(this.officer, RECEIVED_AT, DUE);

		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.receivedAt()).isEqualTo(RECEIVED_AT);
		assertThat(dossier.originalDueDate()).isEqualTo(DUE);
		assertThat(dossier.dueDate()).isEqualTo(DUE);
		assertThat(dossier.updatedAt()).isEqualTo(RECEIVED_AT);
		assertThat(dossier.history()).hasSize(3);
		DossierView.Step step = lastStep(dossier);
		assertThat(step.from()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(step.to()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(step.at()).isEqualTo(RECEIVED_AT);
		assertThat(step.actorName()).isEqualTo("Cán bộ một cửa Sở Ngoại vụ");
		assertThat(ReflectionTestUtils.getField(dossier.history().get(2), "actorId"))
			.isEqualTo(this.officer.accountId());
		assertThat(lastEvent(dossier)).isInstanceOfSatisfying(DossierReceived.class, event -> {
			assertThat(event.dossier().status()).isEqualTo(DossierStatus.RECEIVED);
			assertThat(event.dossier().code()).isEqualTo(this.code.value());
			assertThat(event.dossier().receivedAt()).isEqualTo(RECEIVED_AT);
			assertThat(event.dossier().dueDate()).isEqualTo(dossier.dueDate());
			assertThat(event.step().sequence()).isEqualTo(3);
		});
	}

	@Test
	void rejectingNeedsAReasonAndClosesTheDossier() {
		Dossier dossier = submitted(false);
		int steps = dossier.history().size();

		assertThatIllegalArgumentException().isThrownBy(() -> dossier.reject(this.officer, "  ", RECEIVED_AT));
		assertThatIllegalArgumentException().isThrownBy(() -> dossier.reject(this.officer, null, RECEIVED_AT));
		assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(dossier.closedAt()).isNull();
		assertThat(dossier.history()).hasSize(steps);

		dossier.reject(this.officer, "Không thuộc thẩm quyền giải quyết", RECEIVED_AT);

		assertThat(dossier.status()).isEqualTo(DossierStatus.REJECTED);
		assertThat(dossier.closedAt()).isEqualTo(RECEIVED_AT);
		assertThat(dossier.closingReason()).isEqualTo("Không thuộc thẩm quyền giải quyết");
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.REJECTED);
		assertThat(lastStep(dossier).note()).isEqualTo("Không thuộc thẩm quyền giải quyết");
		assertThat(lastEvent(dossier)).isInstanceOfSatisfying(DossierRejected.class, event -> {
			assertThat(event.reason()).isEqualTo("Không thuộc thẩm quyền giải quyết");
			assertThat(event.dossier().wasReceived()).isFalse();
		});
	}

	@Test
	void aReceivedDossierCanStillBeRejected() {
		Dossier dossier = received();

		dossier.reject(this.officer, "Giấy tờ giả mạo", LATER);

		assertThat(dossier.status()).isEqualTo(DossierStatus.REJECTED);
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.RECEIVED);
	}

	@Test
	void anAmendmentRequestNamesWhatToFixAndStopsTheDossier() {
		Dossier dossier = received();

		requestAmendmentOfPlanAndContent(dossier, LATER);

		assertThat(dossier.status()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
		AmendmentView amendment = dossier.amendment().orElseThrow().view();
		assertThat(amendment.requestedAt()).isEqualTo(LATER);
		assertThat(amendment.requestedBy()).isEqualTo("Cán bộ một cửa Sở Ngoại vụ");
		assertThat(amendment.reason()).isEqualTo("Đề án thiếu chữ ký");
		assertThat(amendment.requirementIds()).containsExactly(this.plan.id());
		assertThat(amendment.fields()).containsExactly(AmendableField.CONTENT);
		assertThat(amendment.labels()).containsExactly("Đề án tổ chức", "Nội dung đề nghị");
		assertThat(amendment.answered()).isFalse();
		assertThat(dossier.mayAmend(this.plan.id())).isTrue();
		assertThat(dossier.mayAmend(this.proposal.id())).isFalse();
		assertThat(dossier.mayAmend(AmendableField.CONTENT)).isTrue();
		assertThat(dossier.mayAmend(AmendableField.SUBMITTER)).isFalse();
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
		assertThat(lastStep(dossier).note()).isEqualTo("Đề án thiếu chữ ký");
		assertThat(lastEvent(dossier)).isInstanceOfSatisfying(AmendmentRequested.class,
				event -> assertThat(event.reason()).isEqualTo("Đề án thiếu chữ ký"));
	}

	@Test
	void anAmendmentRequestNeedsAReasonAndSomethingNamed() {
		Dossier dossier = received();

		assertThatIllegalArgumentException().isThrownBy(() -> dossier.requestAmendment(this.officer, " ",
				List.of(this.plan), List.of(), field -> "", LATER));
		assertThatIllegalArgumentException().isThrownBy(() -> dossier.requestAmendment(this.officer, "Thiếu giấy tờ",
				List.of(), List.of(), field -> "", LATER));

		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.amendment()).isEmpty();
		// The refused attempts did not use up the one request.
		requestAmendmentOfPlanAndContent(dossier, LATER);
		assertThat(dossier.status()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
	}

	@Test
	void onlyAReceivedDossierCanBeSentBackForAmendment() {
		Dossier dossier = submitted(false);

		assertThatExceptionOfType(IllegalDossierActionException.class)
			.isThrownBy(() -> requestAmendmentOfPlanAndContent(dossier, LATER))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(DossierStatus.SUBMITTED));
		assertThat(dossier.amendment()).isEmpty();
	}

	@Test
	void aSecondAmendmentRequestIsRefusedWhileTheFirstIsOpen() {
		Dossier dossier = received();
		requestAmendmentOfPlanAndContent(dossier, LATER);
		AmendmentRequest first = dossier.amendment().orElseThrow();

		assertThatExceptionOfType(AmendmentAlreadyRequestedException.class)
			.isThrownBy(() -> dossier.requestAmendment(this.officer, "Lần hai", List.of(this.proposal), List.of(),
					field -> "", EVEN_LATER));
		assertThat(dossier.amendment()).containsSame(first);
	}

	@Test
	void aSecondAmendmentRequestIsRefusedEvenAfterTheFirstWasAnswered() {
		Dossier dossier = received();
		requestAmendmentOfPlanAndContent(dossier, LATER);
		dossier.completeAmendment(this.citizen, content(this.submitter, "Nội dung đã sửa", false), List.of("Đề án tổ chức"),
				EVEN_LATER, 5, DUE.plusDays(7));
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		int steps = dossier.history().size();

		assertThatExceptionOfType(AmendmentAlreadyRequestedException.class)
			.isThrownBy(() -> dossier.requestAmendment(this.officer, "Lần hai", List.of(this.proposal), List.of(),
					field -> "", EVEN_LATER.plusSeconds(60)));
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.amendment().orElseThrow().view().reason()).isEqualTo("Đề án thiếu chữ ký");
		assertThat(dossier.history()).hasSize(steps);
	}

	@Test
	void theCitizensAnswerChangesOnlyWhatTheRequestNamed() {
		Dossier dossier = received();
		requestAmendmentOfPlanAndContent(dossier, LATER);
		Party otherSubmitter = new Party("Người khác", "001090099999", "0900000000", "khac@example.com", "Nơi khác");

		// The submitter is not named: what the citizen typed there is ignored.
		dossier.completeAmendment(this.citizen, content(otherSubmitter, "Nội dung đã sửa", true),
				List.of("Đề án tổ chức"), EVEN_LATER, 5, LocalDate.of(2024, 12, 3));

		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.content()).isEqualTo("Nội dung đã sửa");
		assertThat(dossier.submitter()).isEqualTo(this.submitter);
		assertThat(dossier.owner()).isEqualTo(this.submitter);
		assertThat(dossier.postalReturn()).isFalse();
		assertThat(dossier.recipient()).isNull();
		AmendmentView amendment = dossier.amendment().orElseThrow().view();
		assertThat(amendment.answered()).isTrue();
		assertThat(amendment.answeredAt()).isEqualTo(EVEN_LATER);
		assertThat(amendment.pausedWorkingDays()).isEqualTo(5);
		assertThat(amendment.changes()).containsExactly("Đề án tổ chức", "CONTENT");
	}

	@Test
	void theAnswerMovesTheDueDateAndKeepsTheOriginalOne() {
		Dossier dossier = received();
		requestAmendmentOfPlanAndContent(dossier, LATER);
		LocalDate moved = LocalDate.of(2024, 12, 3);

		dossier.completeAmendment(this.citizen, content(this.submitter, "Nội dung đã sửa", false), List.of(), EVEN_LATER,
				5, moved);

		assertThat(dossier.dueDate()).isEqualTo(moved);
		assertThat(dossier.originalDueDate()).isEqualTo(DUE);
		DossierView.Step step = lastStep(dossier);
		assertThat(step.from()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
		assertThat(step.to()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(step.actorName()).isEqualTo("Nguyễn Văn An");
		assertThat(step.note()).isEqualTo(PortalTime.DAY.format(DUE) + " → " + PortalTime.DAY.format(moved));
	}

	@Test
	void anAnswerOnTheSameDayLeavesTheDueDateAlone() {
		Dossier dossier = received();
		requestAmendmentOfPlanAndContent(dossier, LATER);

		dossier.completeAmendment(this.citizen, content(this.submitter, "Đề nghị cho phép tổ chức hội thảo", false),
				List.of("Đề án tổ chức"), LATER.plusSeconds(600), 0, DUE);

		assertThat(dossier.dueDate()).isEqualTo(DUE);
		assertThat(lastStep(dossier).note()).isNull();
		// The content was not changed, so it is not reported as a change.
		assertThat(dossier.amendment().orElseThrow().view().changes()).containsExactly("Đề án tổ chức");
	}

	@Test
	void duringAnAmendmentOnlyTheNamedDocumentsTakeFiles() {
		Dossier dossier = received();
		requestAmendmentOfPlanAndContent(dossier, LATER);
		DossierAttachment oldPlan = dossier.attachments()
			.stream()
			.filter(attachment -> attachment.requirementId().equals(this.plan.id()))
			.findFirst()
			.orElseThrow();
		DossierAttachment proposalFile = dossier.attachments()
			.stream()
			.filter(attachment -> attachment.requirementId().equals(this.proposal.id()))
			.findFirst()
			.orElseThrow();

		assertThatExceptionOfType(IllegalDossierActionException.class)
			.isThrownBy(() -> dossier.attachAmendment(this.proposal, UUID.randomUUID(), EVEN_LATER));
		assertThatExceptionOfType(IllegalDossierActionException.class)
			.isThrownBy(() -> dossier.supersede(proposalFile.id(), EVEN_LATER));
		// The draft methods stay closed too.
		assertThatExceptionOfType(IllegalDossierActionException.class)
			.isThrownBy(() -> dossier.attach(this.plan, UUID.randomUUID(), EVEN_LATER));

		dossier.supersede(oldPlan.id(), EVEN_LATER);
		DossierAttachment newPlan = dossier.attachAmendment(this.plan, UUID.randomUUID(), EVEN_LATER);
		assertThat(newPlan.isAmendment()).isTrue();

		assertThat(dossier.attachments()).containsExactlyInAnyOrder(proposalFile, newPlan);
		assertThat(dossier.allAttachments()).contains(oldPlan);
		assertThat(oldPlan.isSuperseded()).isTrue();
	}

	@Test
	void processingStartsFromAReceivedDossier() {
		Dossier dossier = received();

		dossier.startProcessing(this.officer, LATER);

		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(dossier.processingStartedAt()).isEqualTo(LATER);
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(lastEvent(dossier)).isInstanceOf(ProcessingStarted.class);
	}

	@Test
	void resolvingNeedsAResult() {
		Dossier dossier = inProgress(false);

		assertThatExceptionOfType(IllegalDossierActionException.class)
			.isThrownBy(() -> dossier.resolve(this.officer, "Đồng ý", EVEN_LATER));
		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(dossier.resolvedAt()).isNull();

		UUID fileId = UUID.randomUUID();
		UUID documentId = UUID.randomUUID();
		dossier.addResult(fileId, documentId, "001090012345.H27.KQ01.0001", EVEN_LATER);
		dossier.resolve(this.officer, "Đồng ý cho phép tổ chức", EVEN_LATER);

		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(dossier.resolvedAt()).isEqualTo(EVEN_LATER);
		assertThat(dossier.resolutionNote()).isEqualTo("Đồng ý cho phép tổ chức");
		assertThat(dossier.results()).singleElement().satisfies(result -> {
			assertThat(result.fileId()).isEqualTo(fileId);
			assertThat(result.documentCode()).isEqualTo("001090012345.H27.KQ01.0001");
		});
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(lastStep(dossier).note()).isEqualTo("Đồng ý cho phép tổ chức");
	}

	@Test
	void theResultIsReturnedAtTheCounter() {
		Dossier dossier = resolved(false);
		Instant now = EVEN_LATER.plusSeconds(3600);

		dossier.returnResult(this.officer, ReturnMethod.COUNTER, null, null, now);

		assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(dossier.returnMethod()).isEqualTo(ReturnMethod.COUNTER);
		assertThat(dossier.returnedAt()).isEqualTo(now);
		assertThat(dossier.postalItemNumber()).isNull();
		assertThat(dossier.dispatchDate()).isNull();
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.RETURNED);
		assertThat(lastStep(dossier).note()).isNull();
	}

	@Test
	void aPostalReturnNeedsTheItemNumberAndTheDispatchDate() {
		Dossier dossier = resolved(true);
		Instant now = EVEN_LATER.plusSeconds(3600);
		LocalDate dispatched = LocalDate.of(2024, 11, 19);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.returnResult(this.officer, ReturnMethod.POSTAL, " ", dispatched, now));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.returnResult(this.officer, ReturnMethod.POSTAL, null, dispatched, now));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.returnResult(this.officer, ReturnMethod.POSTAL, "EL123456789VN", null, now));
		// Posted neither before the result existed nor in the future.
		assertThatExceptionOfType(DispatchDateOutOfRangeException.class).isThrownBy(() -> dossier
			.returnResult(this.officer, ReturnMethod.POSTAL, "EL123456789VN", dispatched.minusDays(1), now));
		assertThatExceptionOfType(DispatchDateOutOfRangeException.class).isThrownBy(() -> dossier
			.returnResult(this.officer, ReturnMethod.POSTAL, "EL123456789VN", dispatched.plusDays(1), now));
		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(dossier.returnMethod()).isNull();

		dossier.returnResult(this.officer, ReturnMethod.POSTAL, " EL123456789VN ", dispatched, now);

		assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(dossier.returnMethod()).isEqualTo(ReturnMethod.POSTAL);
		assertThat(dossier.postalItemNumber()).isEqualTo("EL123456789VN");
		assertThat(dossier.dispatchDate()).isEqualTo(dispatched);
		assertThat(dossier.returnedAt()).isEqualTo(now);
		assertThat(lastStep(dossier).note()).isEqualTo("EL123456789VN");
		assertThat(lastEvent(dossier)).isInstanceOfSatisfying(ResultReturned.class, event -> {
			assertThat(event.byPost()).isTrue();
			assertThat(event.postalItemNumber()).isEqualTo("EL123456789VN");
		});
	}

	@Test
	void aResultToBeCollectedAtTheCounterCannotBePosted() {
		Dossier dossier = resolved(false);

		assertThatExceptionOfType(IllegalDossierActionException.class).isThrownBy(() -> dossier
			.returnResult(this.officer, ReturnMethod.POSTAL, "EL123456789VN", LocalDate.of(2024, 11, 19), EVEN_LATER));
		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(dossier.postalItemNumber()).isNull();
	}

	@Test
	void anApologyIsOnlyForALateDossier() {
		Dossier dossier = inProgress(false);
		int steps = dossier.history().size();

		assertThatExceptionOfType(IllegalDossierActionException.class).isThrownBy(
				() -> dossier.apologise(this.officer, "Chờ ý kiến bộ", DUE.plusDays(5), DUE, EVEN_LATER));
		assertThat(dossier.apologies()).isEmpty();
		assertThat(dossier.history()).hasSize(steps);

		LocalDate today = DUE.plusDays(1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.apologise(this.officer, " ", today.plusDays(5), today, EVEN_LATER));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.apologise(this.officer, "Chờ ý kiến bộ", today, today, EVEN_LATER));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.apologise(this.officer, "Chờ ý kiến bộ", null, today, EVEN_LATER));
		assertThat(dossier.apologies()).isEmpty();

		ApologyLetter letter = dossier.apologise(this.officer, "Chờ ý kiến bộ", today.plusDays(5), today, EVEN_LATER);

		assertThat(dossier.apologies()).containsExactly(letter);
		assertThat(letter.newReturnDate()).isEqualTo(today.plusDays(5));
		assertThat(letter.view().reason()).isEqualTo("Chờ ý kiến bộ");
		assertThat(letter.view().issuedBy()).isEqualTo("Cán bộ một cửa Sở Ngoại vụ");
		// The legal due date stays: the dossier still counts as late.
		assertThat(dossier.dueDate()).isEqualTo(DUE);
		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(lastStep(dossier).note()).isEqualTo("Chờ ý kiến bộ");
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class,
			names = { "SUBMITTED", "RECEIVED", "AMENDMENT_REQUESTED", "PAYMENT_REQUESTED", "IN_PROGRESS" })
	void theCitizenMayWithdrawUntilTheDossierIsResolved(DossierStatus status) {
		Dossier dossier = in(status);

		assertThatIllegalArgumentException().isThrownBy(() -> dossier.withdraw(this.citizen, "", EVEN_LATER));
		assertThat(dossier.status()).isEqualTo(status);

		dossier.withdraw(this.citizen, "Không còn nhu cầu", EVEN_LATER);

		assertThat(dossier.status()).isEqualTo(DossierStatus.WITHDRAWN);
		assertThat(dossier.closedAt()).isEqualTo(EVEN_LATER);
		assertThat(dossier.closingReason()).isEqualTo("Không còn nhu cầu");
		assertThat(lastStep(dossier).from()).isEqualTo(status);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.WITHDRAWN);
		assertThat(lastStep(dossier).actorName()).isEqualTo("Nguyễn Văn An");
	}

	@Test
	void aPaymentRequestStopsTheClockAndThePaymentRestartsItWhereTheDossierWas() {
		Dossier dossier = inProgress(false);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dossier.requestPayment(this.officer, 0, "Phí thẩm định", EVEN_LATER));
		assertThatIllegalArgumentException().isThrownBy(() -> dossier.requestPayment(this.officer, 50_000, " ", EVEN_LATER));

		dossier.requestPayment(this.officer, 50_000, "Phí thẩm định", EVEN_LATER);

		assertThat(dossier.status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
		assertThat(DossierDeadlines.of(dossier.status(), null, dossier.dueDate(),
				new DossierDeadlines.Moment(EVEN_LATER, DUE.plusDays(30), DUE.plusDays(31))))
			.as("no deadline runs while the dossier waits for payment, even past its due date")
			.isEqualTo(Deadline.NONE);
		assertThat(events(dossier).get(events(dossier).size() - 1)).isInstanceOfSatisfying(
				vn.dvc.portal.dossier.events.PaymentRequested.class, event -> {
					assertThat(event.amountVnd()).isEqualTo(50_000);
					assertThat(event.reason()).isEqualTo("Phí thẩm định");
					assertThat(event.dossier().status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
				});

		dossier.settlePayment(this.citizen, 50_000, false, EVEN_LATER.plusSeconds(86_400 * 3), DUE.plusDays(3));

		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(dossier.dueDate()).isEqualTo(DUE.plusDays(3));
		assertThat(dossier.originalDueDate()).isEqualTo(DUE);
		assertThat(lastStep(dossier).from()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
		assertThat(lastStep(dossier).to()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(events(dossier).get(events(dossier).size() - 1)).isInstanceOfSatisfying(
				vn.dvc.portal.dossier.events.PaymentSettled.class,
				event -> assertThat(event.previousDueDate()).isEqualTo(DUE));
	}

	/** Every desk action, with arguments that would be accepted in the right state. */
	private Map<String, Consumer<Dossier>> actions() {
		Map<String, Consumer<Dossier>> actions = new LinkedHashMap<>();
		actions.put("receive", dossier -> dossier.receive(this.officer, EVEN_LATER, DUE));
		actions.put("reject", dossier -> dossier.reject(this.officer, "Lý do", EVEN_LATER));
		actions.put("request an amendment of", dossier -> requestAmendmentOfPlanAndContent(dossier, EVEN_LATER));
		actions.put("complete the amendment of", dossier -> dossier.completeAmendment(this.citizen,
				content(this.submitter, "Nội dung", false), List.of(), EVEN_LATER, 0, DUE));
		actions.put("start processing", dossier -> dossier.startProcessing(this.officer, EVEN_LATER));
		actions.put("add a result to",
				dossier -> dossier.addResult(UUID.randomUUID(), UUID.randomUUID(), "KQ", EVEN_LATER));
		actions.put("resolve", dossier -> dossier.resolve(this.officer, "Đồng ý", EVEN_LATER));
		actions.put("return the result of",
				dossier -> dossier.returnResult(this.officer, ReturnMethod.COUNTER, null, null, EVEN_LATER));
		actions.put("withdraw", dossier -> dossier.withdraw(this.citizen, "Không còn nhu cầu", EVEN_LATER));
		actions.put("apologise for", dossier -> dossier.apologise(this.officer, "Trễ hạn", DUE.plusDays(10),
				DUE.plusDays(1), EVEN_LATER));
		actions.put("request a payment for",
				dossier -> dossier.requestPayment(this.officer, 50_000, "Phí thẩm định", EVEN_LATER));
		actions.put("settle the payment of",
				dossier -> dossier.settlePayment(this.citizen, 50_000, false, EVEN_LATER, DUE));
		return actions;
	}

	private static final Map<String, Set<DossierStatus>> ALLOWED = Map.of("receive", EnumSet.of(DossierStatus.SUBMITTED),
			"reject", EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED), "request an amendment of",
			EnumSet.of(DossierStatus.RECEIVED), "complete the amendment of",
			EnumSet.of(DossierStatus.AMENDMENT_REQUESTED), "start processing", EnumSet.of(DossierStatus.RECEIVED),
			"add a result to", EnumSet.of(DossierStatus.IN_PROGRESS), "resolve", EnumSet.of(DossierStatus.IN_PROGRESS),
			"return the result of", EnumSet.of(DossierStatus.RESOLVED), "withdraw",
			EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.AMENDMENT_REQUESTED,
					DossierStatus.PAYMENT_REQUESTED, DossierStatus.IN_PROGRESS),
			"apologise for", EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS));

	/** The payment request's actions (issue 13), beyond the ten that Map.of holds. */
	private static final Map<String, Set<DossierStatus>> ALLOWED_PAYMENT = Map.of("request a payment for",
			EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS), "settle the payment of",
			EnumSet.of(DossierStatus.PAYMENT_REQUESTED));

	@ParameterizedTest
	@EnumSource(DossierStatus.class)
	void everyActionOutsideItsStatesIsRefusedAndChangesNothing(DossierStatus status) {
		List<String> refused = new ArrayList<>();
		actions().forEach((action, run) -> {
			if (ALLOWED.getOrDefault(action, ALLOWED_PAYMENT.get(action)).contains(status)) {
				return;
			}
			Dossier dossier = in(status);
			int steps = dossier.history().size();
			int events = events(dossier).size();
			Instant updatedAt = dossier.updatedAt();
			Throwable thrown = catchThrowable(() -> run.accept(dossier));
			if (status == DossierStatus.AMENDMENT_REQUESTED && action.equals("request an amendment of")) {
				// The request exists, so that is what the officer is told.
				assertThat(thrown).as(action).isInstanceOf(AmendmentAlreadyRequestedException.class);
			}
			else {
				assertThat(thrown).as("%s in %s", action, status)
					.isInstanceOfSatisfying(IllegalDossierActionException.class, ex -> {
						assertThat(ex.status()).isEqualTo(status);
						assertThat(ex.action()).isEqualTo(action);
					});
			}
			assertThat(dossier.status()).as(action).isEqualTo(status);
			assertThat(dossier.history()).as(action).hasSize(steps);
			assertThat(events(dossier)).as(action).hasSize(events);
			assertThat(dossier.updatedAt()).as(action).isEqualTo(updatedAt);
			refused.add(action);
		});
		assertThat(refused).as("refused in %s", status).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class, names = { "REJECTED", "WITHDRAWN", "RETURNED" })
	void aFinalDossierRefusesEveryAction(DossierStatus status) {
		Dossier dossier = in(status);
		for (Map.Entry<String, Consumer<Dossier>> action : actions().entrySet()) {
			assertThatExceptionOfType(IllegalDossierActionException.class).as(action.getKey())
				.isThrownBy(() -> action.getValue().accept(dossier));
		}
		assertThat(dossier.status()).isEqualTo(status);
	}

}

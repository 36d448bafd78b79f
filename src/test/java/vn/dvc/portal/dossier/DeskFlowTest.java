package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.documents.StoredDocumentKind;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dossier's way through the one-stop desk, as the officer's and the citizen's pages drive it:
 * receipt with its paper, one amendment, resolution into the owner's document store, return by
 * post, and the counter intake of a paper dossier. Every change of state leaves one message in the
 * outbox, written in the change's own transaction.
 */
@PortalTest
class DeskFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	DeskDossiers desk;

	@Autowired
	CitizenDossiers citizens;

	@Autowired
	DocumentStore store;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EntityManager entityManager;

	private ProcedureDetails procedure;

	private PortalUser officer;

	private PortalUser citizen;

	/** The citizen's e-mail, unique, so that the outbox rows of this test can be counted. */
	private String email;

	@BeforeEach
	void people() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		this.email = "thao-" + UUID.randomUUID() + "@example.com";
		this.citizen = TestAccounts.activeCitizen(this.context, "Vũ Thị Thảo", this.email);
	}

	private DossierForms.Filed submitWithPostalReturn() throws Exception {
		MvcResult result = this.mvc
			.perform(DossierForms.withMandatoryFiles(DossierForms.newForm(this.citizen, this.procedure, UUID.randomUUID(),
					"submit", "submitterEmail", this.email, "postalReturn", "true", "recipientName", "Vũ Thị Thảo",
					"recipientPhone", "0988745896", "recipientAddress", "Thôn A, xã Kỳ Sơn", "recipientProvince",
					"Tỉnh Hà Tĩnh"), this.procedure, "de-nghi.pdf", TestFiles.pdf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = (String) result.getFlashMap().get("submittedCode");
		assertThat(code).isNotNull();
		return new DossierForms.Filed(DossierForms.dossierId(result), code);
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc.queryForMap("select * from dossier where id = ?", id);
	}

	private String version(UUID id) {
		return String.valueOf(this.jdbc.queryForObject("select version from dossier where id = ?", Long.class, id));
	}

	/** The messages about the dossier, leaving out the account's activation mail. */
	private List<String> outboxSubjects(String code) {
		return this.jdbc.queryForList("select subject from outbox_message where recipient = ? and subject like ?"
				+ " order by created_at", String.class, this.email, "%" + code + "%");
	}

	private static LocalDate today() {
		return PortalTime.dayOf(Instant.now());
	}

	private void expectSuccess(org.springframework.test.web.servlet.RequestBuilder request, String successKey)
			throws Exception {
		this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", successKey));
	}

	@Test
	void aDossierGoesThroughTheDeskAndTheCitizenFollows() throws Exception {
		DossierForms.Filed filed = submitWithPostalReturn();
		UUID id = filed.id();
		assertThat(outboxSubjects(filed.code())).hasSize(1);

		// Receipt: the return date counts the procedure's working days from today.
		expectSuccess(post("/desk/dossiers/{id}/receive", id).param("version", version(id))
			.param("identityChecked", "true")
			.with(user(this.officer))
			.with(csrf()), "desk.received");
		LocalDate due = this.calendar.addWorkingDays(today(), this.procedure.summary().processingDays());
		assertThat(row(id)).containsEntry("status", "RECEIVED")
			.containsEntry("due_date", java.sql.Date.valueOf(due))
			.containsEntry("original_due_date", java.sql.Date.valueOf(due));
		assertThat(outboxSubjects(filed.code())).hasSize(2);

		// The receipt is the owner's paper, nobody else's.
		MvcResult receipt = this.mvc.perform(get("/papers/dossiers/{id}/receipt.pdf", id).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andReturn();
		byte[] pdf = receipt.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(receipt.getResponse().getContentType()).isEqualTo("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains(filed.code()).contains("TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
		PortalUser stranger = TestAccounts.activeCitizen(this.context, "Người Lạ", "la-" + UUID.randomUUID() + "@example.com");
		this.mvc.perform(get("/papers/dossiers/{id}/receipt.pdf", id).with(user(stranger)))
			.andExpect(status().isNotFound());

		// Amendment of one document and the content.
		RequirementDetails plan = DossierForms.mandatory(this.procedure).get(1);
		expectSuccess(post("/desk/dossiers/{id}/amendment", id).param("version", version(id))
			.param("reason", "Đề án chưa có chữ ký")
			.param("requirement", plan.id().toString())
			.param("field", "CONTENT")
			.with(user(this.officer))
			.with(csrf()), "desk.amendmentRequested");
		assertThat(row(id)).containsEntry("status", "AMENDMENT_REQUESTED");
		assertThat(outboxSubjects(filed.code())).hasSize(3);

		// A week passes before the citizen answers.
		this.jdbc.update("update amendment_request set requested_at = requested_at - interval '7 days' where dossier_id = ?",
				id);
		LocalDate requestDay = today().minusDays(7);
		int paused = this.calendar.workingDaysBetween(requestDay, today());
		assertThat(paused).isPositive();
		UUID oldPlan = this.jdbc.queryForObject(
				"select id from dossier_attachment where dossier_id = ? and requirement_id = ?", UUID.class, id,
				plan.id());
		this.mvc
			.perform(multipart("/my/dossiers/{id}/amend", id)
				.file(new MockMultipartFile("file-" + plan.id(), "de-an-co-chu-ky.pdf", "application/pdf",
						TestFiles.pdf()))
				.param("version", version(id))
				.param("procedureId", this.procedure.id().toString())
				.param("removeAttachments", oldPlan.toString())
				.param("submitterName", "Tên Đã Đổi")
				.param("submitterPhone", "0912 345 678")
				.param("submitterEmail", this.email)
				.param("submitterAddress", "Số 1 Trần Phú, thành phố Hà Tĩnh")
				.param("ownerSameAsSubmitter", "true")
				.param("content", "Nội dung đã bổ sung theo yêu cầu")
				.param("postalReturn", "true")
				.param("recipientName", "Vũ Thị Thảo")
				.param("recipientPhone", "0988745896")
				.param("recipientAddress", "Thôn A, xã Kỳ Sơn")
				.param("recipientProvince", "Tỉnh Hà Tĩnh")
				.with(user(this.citizen))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "dossier.amended"));

		DeskView seen = this.desk.view(this.officer, new DossierId(id));
		assertThat(seen.dossier().status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(seen.dossier().amendment().changes()).containsExactlyInAnyOrder(plan.name(), "CONTENT");
		assertThat(seen.dossier().amendment().pausedWorkingDays()).isEqualTo(paused);
		assertThat(seen.dossier().content()).isEqualTo("Nội dung đã bổ sung theo yêu cầu");
		// The submitter was not named: the name typed over it was not taken.
		assertThat(seen.dossier().submitter().name()).isEqualTo("Vũ Thị Thảo");
		assertThat(seen.dossier().dates().originalDueDate()).isEqualTo(due);
		assertThat(seen.dossier().dates().dueDate()).isEqualTo(this.calendar.addWorkingDays(due, paused));
		assertThat(seen.dossier().dates().dueDateMoved()).isTrue();
		assertThat(seen.dossier().documentsFor(plan.id())).singleElement()
			.satisfies(document -> assertThat(document.fileName()).isEqualTo("de-an-co-chu-ky.pdf"));
		assertThat(seen.dossier().setAside()).extracting(DossierView.Document::attachmentId).containsExactly(oldPlan);
		assertThat(seen.amendmentStillPossible()).isFalse();
		assertThat(outboxSubjects(filed.code())).hasSize(4);
		this.mvc.perform(get("/desk/dossiers/{id}", id).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("de-an-co-chu-ky.pdf")));

		// Processing and the result, which lands in the owner's store.
		expectSuccess(post("/desk/dossiers/{id}/process", id).param("version", version(id))
			.with(user(this.officer))
			.with(csrf()), "desk.processing");
		byte[] permit = TestFiles.pdf();
		expectSuccess(multipart("/desk/dossiers/{id}/resolve", id)
			.file(new MockMultipartFile("result", "giay-phep.pdf", "application/pdf", permit))
			.param("version", version(id))
			.param("note", "Đồng ý cho phép tổ chức")
			.with(user(this.officer))
			.with(csrf()), "desk.resolved");
		assertThat(row(id)).containsEntry("status", "RESOLVED");
		List<PersonalDocumentView> stored = this.citizens.storedDocuments(this.citizen.accountId());
		assertThat(stored).filteredOn(document -> filed.code().equals(document.sourceDossierCode()))
			.singleElement()
			.satisfies(document -> {
				assertThat(document.kind()).isEqualTo(StoredDocumentKind.RESULT);
				assertThat(document.documentCode()).isNotBlank();
				assertThat(document.metadata().owner().idNumber()).isEqualTo(this.citizen.getUsername());
			});
		PersonalDocumentView result = stored.stream()
			.filter(document -> filed.code().equals(document.sourceDossierCode()))
			.findFirst()
			.orElseThrow();
		MvcResult download = this.mvc
			.perform(get("/my/documents/{id}/file", result.id()).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(permit);
		assertThat(outboxSubjects(filed.code())).hasSize(6);

		// Return by post: the item number and dispatch date are required, then recorded.
		this.mvc.perform(post("/desk/dossiers/{id}/return", id).param("version", version(id))
			.param("method", "POSTAL")
			.param("dispatchDate", today().toString())
			.with(user(this.officer))
			.with(csrf())).andExpect(flash().attribute("warningKey", "desk.return.postalRequired"));
		assertThat(row(id)).containsEntry("status", "RESOLVED");
		expectSuccess(post("/desk/dossiers/{id}/return", id).param("version", version(id))
			.param("method", "POSTAL")
			.param("postalItemNumber", "EL123456789VN")
			.param("dispatchDate", today().toString())
			.with(user(this.officer))
			.with(csrf()), "desk.returned");
		assertThat(row(id)).containsEntry("status", "RETURNED")
			.containsEntry("return_method", "POSTAL")
			.containsEntry("postal_item_number", "EL123456789VN")
			.containsEntry("dispatch_date", java.sql.Date.valueOf(today()));
		assertThat(outboxSubjects(filed.code())).hasSize(7);

		assertThat(this.jdbc.queryForList(
				"select to_status from dossier_transition where dossier_id = ? order by occurred_at", String.class, id))
			.containsExactly("DRAFT", "SUBMITTED", "RECEIVED", "AMENDMENT_REQUESTED", "RECEIVED", "IN_PROGRESS",
					"RESOLVED", "RETURNED");
	}

	@Test
	void theOutboxMessageIsWrittenInTheTransactionOfTheChange() throws Exception {
		DossierForms.Filed filed = submitWithPostalReturn();
		DossierId id = new DossierId(filed.id());
		long version = Long.parseLong(version(filed.id()));
		int before = outboxSubjects(filed.code()).size();

		new TransactionTemplate(this.transactionManager).executeWithoutResult(transaction -> {
			this.desk.receive(this.officer, id, version);
			this.entityManager.flush();
			// Inside the transaction, the change and its message are both there...
			assertThat(row(filed.id())).containsEntry("status", "RECEIVED");
			assertThat(outboxSubjects(filed.code())).hasSize(before + 1);
			transaction.setRollbackOnly();
		});

		// ...and they went away together.
		assertThat(row(filed.id())).containsEntry("status", "SUBMITTED");
		assertThat(outboxSubjects(filed.code())).hasSize(before);

		// A refused action writes nothing either.
		catchThrowableOfType(IllegalDossierActionException.class,
				() -> this.desk.startProcessing(this.officer, id, version));
		assertThat(outboxSubjects(filed.code())).hasSize(before);

		this.desk.receive(this.officer, id, version);
		assertThat(outboxSubjects(filed.code())).hasSize(before + 1);
	}

	@Test
	void ofTwoOfficersActingOnTheSameVersionTheSecondIsToldAndChangesNothing() throws Exception {
		DossierForms.Filed filed = submitWithPostalReturn();
		UUID id = filed.id();
		String seen = version(id);
		PortalUser colleague = TestAccounts.staff(this.context, "canbo.songoaivu");

		expectSuccess(post("/desk/dossiers/{id}/receive", id).param("version", seen)
			.param("identityChecked", "true")
			.with(user(this.officer))
			.with(csrf()), "desk.received");
		this.mvc
			.perform(post("/desk/dossiers/{id}/reject", id).param("version", seen)
				.param("reason", "Hồ sơ không hợp lệ")
				.with(user(colleague))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warningKey", "desk.changed"));

		assertThat(row(id)).containsEntry("status", "RECEIVED").containsEntry("closing_reason", null);
		assertThat(outboxSubjects(filed.code())).hasSize(2);
	}

	@Test
	void twoOfficersAtTheSameMomentNeverBothWin() throws Exception {
		DossierForms.Filed filed = submitWithPostalReturn();
		DossierId id = new DossierId(filed.id());
		long seen = Long.parseLong(version(filed.id()));
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		try {
			List<java.util.concurrent.Future<?>> futures = List.of(pool.submit(() -> {
				start.await();
				this.desk.receive(this.officer, id, seen);
				return null;
			}), pool.submit(() -> {
				start.await();
				this.desk.reject(this.officer, id, seen, "Hồ sơ không hợp lệ");
				return null;
			}));
			start.countDown();
			for (var future : futures) {
				try {
					future.get(60, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(failures).singleElement()
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat((String) row(filed.id()).get("status")).isIn("RECEIVED", "REJECTED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_transition where dossier_id = ? and from_status = 'SUBMITTED'",
				Integer.class, filed.id())).isOne();
		assertThat(outboxSubjects(filed.code())).hasSize(2);
	}

	@Test
	void anApologyIsIssuedOnlyForALateDossierAndTheCitizenGetsTheLetter() throws Exception {
		DossierForms.Filed filed = submitWithPostalReturn();
		UUID id = filed.id();
		this.desk.receive(this.officer, new DossierId(id), Long.parseLong(version(id)));
		String newDate = today().plusDays(10).toString();

		this.mvc
			.perform(post("/desk/dossiers/{id}/apology", id).param("version", version(id))
				.param("reason", "Chờ ý kiến của Bộ Ngoại giao")
				.param("newReturnDate", newDate)
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(flash().attributeExists("warningKey"));
		assertThat(this.jdbc.queryForObject("select count(*) from apology_letter where dossier_id = ?", Integer.class,
				id)).isZero();

		// The return date has passed.
		LocalDate late = today().minusDays(3);
		this.jdbc.update("update dossier set due_date = ?, original_due_date = ? where id = ?", java.sql.Date.valueOf(late),
				java.sql.Date.valueOf(late), id);
		expectSuccess(post("/desk/dossiers/{id}/apology", id).param("version", version(id))
			.param("reason", "Chờ ý kiến của Bộ Ngoại giao")
			.param("newReturnDate", newDate)
			.with(user(this.officer))
			.with(csrf()), "desk.apologised");

		Map<String, Object> letter = this.jdbc.queryForMap("select id, new_return_date from apology_letter where dossier_id = ?",
				id);
		assertThat(letter).containsEntry("new_return_date", java.sql.Date.valueOf(newDate));
		assertThat(row(id)).containsEntry("status", "RECEIVED").containsEntry("due_date", java.sql.Date.valueOf(late));
		assertThat(outboxSubjects(filed.code())).hasSize(3).last().asString().startsWith("Thư xin lỗi");
		MvcResult paper = this.mvc
			.perform(get("/papers/dossiers/{d}/apologies/{l}.pdf", id, letter.get("id")).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(new String(paper.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		PortalUser stranger = TestAccounts.activeCitizen(this.context, "Người Lạ", "la-" + UUID.randomUUID() + "@example.com");
		this.mvc.perform(get("/papers/dossiers/{d}/apologies/{l}.pdf", id, letter.get("id")).with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aResultThatIsNotAPdfIsRefusedAndNothingOfTheResolutionIsKept() throws Exception {
		DossierForms.Filed filed = submitWithPostalReturn();
		UUID id = filed.id();
		this.desk.receive(this.officer, new DossierId(id), Long.parseLong(version(id)));
		this.desk.startProcessing(this.officer, new DossierId(id), Long.parseLong(version(id)));

		// The first file is good, the second is text named as a PDF: neither is kept.
		this.mvc
			.perform(multipart("/desk/dossiers/{id}/resolve", id)
				.file(new MockMultipartFile("result", "giay-phep.pdf", "application/pdf", TestFiles.pdf()))
				.file(new MockMultipartFile("result", "phu-luc.pdf", "application/pdf", TestFiles.text()))
				.param("version", version(id))
				.param("note", "Đồng ý")
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("rejectedFile", "phu-luc.pdf"))
			.andExpect(result -> assertThat((String) result.getFlashMap().get("warningKey"))
				.startsWith("desk.resolve.rejected."));

		assertThat(row(id)).containsEntry("status", "IN_PROGRESS").containsEntry("resolved_at", null);
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_result where dossier_id = ?", Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from personal_document where source_dossier_code = ?",
				Integer.class, filed.code())).isZero();
		assertThat(this.citizens.storedDocuments(this.citizen.accountId())).isEmpty();
	}

	@Test
	void aPaperDossierIsRegisteredAtTheCounterWithItsScans() throws Exception {
		String ownerIdNumber = this.citizen.getUsername();
		Party person = new Party("Vũ Thị Thảo", ownerIdNumber, "0912345678", null, "Số 1 Trần Phú, thành phố Hà Tĩnh");
		List<RequirementDetails> mandatory = DossierForms.mandatory(this.procedure);
		List<Intake.Scan> scans = mandatory.stream()
			.map(requirement -> new Intake.Scan(requirement.id(), upload("scan-" + requirement.position() + ".pdf"),
					"H27.SNGV.TP" + requirement.position(), requirement.name(), "Bản chụp từ bản giấy",
					LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), "Toàn quốc"))
			.toList();

		DossierId id = this.desk.intake(this.officer, new Intake(this.procedure.id(), Channel.COUNTER, ownerIdNumber,
				new DossierContent(person, person, "Đề nghị tổ chức hội thảo", false, null), null, scans));

		Map<String, Object> row = row(id.value());
		assertThat(row).containsEntry("status", "RECEIVED")
			.containsEntry("channel", "COUNTER")
			.containsEntry("applicant_id", this.citizen.accountId().value())
			.containsEntry("due_date", java.sql.Date.valueOf(
					this.calendar.addWorkingDays(today(), this.procedure.summary().processingDays())));
		String code = (String) row.get("code");
		assertThat(code).startsWith("000.00.20.H27-");
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?",
				Integer.class, id.value())).isEqualTo(mandatory.size());
		List<Map<String, Object>> digitised = this.jdbc.queryForList(
				"select kind, owner_id_number, type_code, name, summary, valid_from, valid_until, scope"
						+ " from personal_document where source_dossier_code = ? order by type_code", code);
		assertThat(digitised).hasSize(mandatory.size());
		assertThat(digitised.get(0)).containsEntry("kind", "DIGITISED")
			.containsEntry("owner_id_number", ownerIdNumber)
			.containsEntry("type_code", "H27.SNGV.TP" + mandatory.get(0).position())
			.containsEntry("name", mandatory.get(0).name())
			.containsEntry("summary", "Bản chụp từ bản giấy")
			.containsEntry("valid_from", java.sql.Date.valueOf(LocalDate.of(2024, 1, 1)))
			.containsEntry("valid_until", java.sql.Date.valueOf(LocalDate.of(2030, 12, 31)))
			.containsEntry("scope", "Toàn quốc");
		assertThat(this.jdbc.queryForList(
				"select from_status, to_status from dossier_transition where dossier_id = ?", id.value()))
			.singleElement()
			.satisfies(step -> assertThat(step).containsEntry("to_status", "RECEIVED"));

		// The person has an account: the dossier is among theirs, with its receipt.
		assertThat(this.citizens.list(this.citizen.accountId(), 0)).extracting(DossierSummary::code).contains(code);
		this.mvc.perform(get("/papers/dossiers/{id}/receipt.pdf", id.value()).with(user(this.citizen)))
			.andExpect(status().isOk());
	}

	@Test
	void anIntakeWithoutItsMandatoryScansIsRefusedAndNothingIsKept() throws Exception {
		String ownerName = "Chủ Hồ Sơ " + UUID.randomUUID().toString().substring(0, 8);
		List<RequirementDetails> mandatory = DossierForms.mandatory(this.procedure);
		int codesBefore = codesIssuedToday();

		this.mvc
			.perform(multipart("/desk/intake")
				.file(new MockMultipartFile("file-" + mandatory.get(0).id(), "scan.pdf", "application/pdf",
						TestFiles.pdf()))
				.param("procedureId", this.procedure.id().toString())
				.param("channel", "COUNTER")
				.param("submitterName", ownerName)
				.param("submitterPhone", "0912 345 678")
				.param("submitterAddress", "Thôn B, xã Thạch Hạ")
				.param("ownerSameAsSubmitter", "true")
				.param("ownerBirthYear", "1960")
				.param("ownerIdIssueDate", "1985-03-02")
				.param("ownerIdIssuer", "Công an tỉnh Nghệ Tĩnh")
				.param("content", "Đề nghị tổ chức hội thảo")
				.param("postalReturn", "false")
				.param("meta-" + mandatory.get(0).id() + "-summary", "Bản chụp")
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("missing", List.of(mandatory.get(1).name())))
			.andExpect(content().string(containsString("Còn thiếu các giấy tờ bắt buộc sau:")))
			.andExpect(content().string(containsString(mandatory.get(1).name())));

		assertThat(this.jdbc.queryForObject("select count(*) from dossier where submitter_name = ?", Integer.class,
				ownerName)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from personal_document where owner_name = ?",
				Integer.class, ownerName)).isZero();
		assertThat(codesIssuedToday()).isEqualTo(codesBefore);

		// The same form with both scans goes through: the refusal was about the missing scan.
		var complete = multipart("/desk/intake");
		for (RequirementDetails requirement : mandatory) {
			complete.file(new MockMultipartFile("file-" + requirement.id(), "scan.pdf", "application/pdf", TestFiles.pdf()));
		}
		this.mvc
			.perform(complete.param("procedureId", this.procedure.id().toString())
				.param("channel", "COUNTER")
				.param("submitterName", ownerName)
				.param("submitterPhone", "0912 345 678")
				.param("submitterAddress", "Thôn B, xã Thạch Hạ")
				.param("ownerSameAsSubmitter", "true")
				.param("ownerBirthYear", "1960")
				.param("ownerIdIssueDate", "1985-03-02")
				.param("ownerIdIssuer", "Công an tỉnh Nghệ Tĩnh")
				.param("content", "Đề nghị tổ chức hội thảo")
				.param("postalReturn", "false")
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "intake.done"));
		assertThat(this.jdbc.queryForObject("select count(*) from dossier where submitter_name = ? and status = 'RECEIVED'",
				Integer.class, ownerName)).isOne();
		assertThat(this.jdbc.queryForList(
				"select owner_birth_year, owner_id_issuer from personal_document where owner_name = ?", ownerName))
			.hasSize(2)
			.allSatisfy(document -> assertThat(document).containsEntry("owner_birth_year", 1960)
				.containsEntry("owner_id_issuer", "Công an tỉnh Nghệ Tĩnh"));
	}

	@Test
	void theServiceRefusesAnIntakeWithoutScansBeforeSavingAnything() {
		Party person = new Party("Vũ Thị Thảo", this.citizen.getUsername(), "0912345678", null, "Số 1 Trần Phú");
		int codesBefore = codesIssuedToday();

		MissingDocumentsException refused = catchThrowableOfType(MissingDocumentsException.class,
				() -> this.desk.intake(this.officer, new Intake(this.procedure.id(), Channel.COUNTER, null,
						new DossierContent(person, person, "Đề nghị", false, null), null, List.of())));

		assertThat(refused.missing()).containsExactlyElementsOf(
				DossierForms.mandatory(this.procedure).stream().map(RequirementDetails::name).toList());
		assertThat(this.jdbc.queryForObject("select count(*) from dossier where owner_id_number = ?", Integer.class,
				this.citizen.getUsername())).isZero();
		assertThat(codesIssuedToday()).isEqualTo(codesBefore);
	}

	@Test
	void anIntakeWhoseOwnerHasNeitherIdNumberNorOtherIdentityIsRefusedBeforeAnyScanIsStored() throws Exception {
		String ownerName = "Phan Văn Vô Danh";
		int codesBefore = codesIssuedToday();
		var request = multipart("/desk/intake");
		for (RequirementDetails requirement : DossierForms.mandatory(this.procedure)) {
			request.file(new MockMultipartFile("file-" + requirement.id(), "scan.pdf", "application/pdf", TestFiles.pdf()));
		}
		// The person has no account (no ID number posted) and the birth year, issue date and issuer are empty.
		this.mvc
			.perform(request.param("procedureId", this.procedure.id().toString())
				.param("channel", "COUNTER")
				.param("submitterName", ownerName)
				.param("submitterPhone", "0912 345 678")
				.param("submitterAddress", "Thôn B, xã Thạch Hạ")
				.param("ownerSameAsSubmitter", "true")
				.param("content", "Đề nghị tổ chức hội thảo")
				.param("postalReturn", "false")
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("intakeForm"))
			.andExpect(content().string(containsString("Chủ hồ sơ cần có số định danh")));

		assertThat(this.jdbc.queryForObject("select count(*) from dossier where submitter_name = ?", Integer.class,
				ownerName)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from personal_document where owner_name = ?",
				Integer.class, ownerName)).isZero();
		assertThat(codesIssuedToday()).isEqualTo(codesBefore);
	}

	@Test
	void theServiceGivesAScanWithoutTypeCodeOrNameTheProceduresDefaults() {
		Party person = new Party("Đặng Thị Mặc Định", "038099001122", "0912345678", null, "Số 2 Trần Phú");
		List<RequirementDetails> mandatory = DossierForms.mandatory(this.procedure);
		List<Intake.Scan> scans = mandatory.stream()
			.map(requirement -> new Intake.Scan(requirement.id(), upload("scan.pdf"), null, null, null, null, null, null))
			.toList();

		this.desk.intake(this.officer, new Intake(this.procedure.id(), Channel.COUNTER, null,
				new DossierContent(person, person, "Đề nghị", false, null), null, scans));

		assertThat(this.jdbc.queryForList("select type_code, name from personal_document where owner_id_number = ?",
				"038099001122"))
			.extracting(row -> row.get("type_code") + " " + row.get("name"))
			.containsExactlyInAnyOrderElementsOf(mandatory.stream()
				.map(requirement -> this.procedure.summary().code() + ".TP" + requirement.position() + " "
						+ requirement.name())
				.toList());
	}

	@Test
	void theServiceRefusesAnIntakeOfAnUnidentifiedOwnerWithItsNamedException() {
		Party person = new Party("Lê Văn Không Số", null, "0912345678", null, "Số 3 Trần Phú");
		List<Intake.Scan> scans = DossierForms.mandatory(this.procedure)
			.stream()
			.map(requirement -> new Intake.Scan(requirement.id(), upload("scan.pdf"), null, null, null, null, null, null))
			.toList();

		assertThatExceptionOfType(OwnerIdentityRequiredException.class)
			.isThrownBy(() -> this.desk.intake(this.officer, new Intake(this.procedure.id(), Channel.COUNTER, null,
					new DossierContent(person, person, "Đề nghị", false, null),
					new OwnerIdentity(1970, null, "Công an tỉnh Hà Tĩnh"), scans)));
		assertThat(this.jdbc.queryForObject("select count(*) from dossier where owner_name = ?", Integer.class,
				"Lê Văn Không Số")).isZero();
	}

	private int codesIssuedToday() {
		List<Integer> last = this.jdbc.queryForList(
				"select s.last_value from dossier_code_sequence s join agency a on a.id = s.agency_id"
						+ " where a.code = '000.00.20.H27' and s.day = ?", Integer.class, java.sql.Date.valueOf(today()));
		return last.isEmpty() ? 0 : last.get(0);
	}

	private static Documents.Upload upload(String name) {
		byte[] pdf = TestFiles.pdf();
		return new Documents.Upload(new ByteArrayResource(pdf), name, pdf.length, null);
	}

}

package vn.dvc.portal.dossier.web.desk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DeskQuery;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk of one agency never reaches another agency's dossiers: for an officer of Sở Nội vụ, a
 * dossier sent to Sở Ngoại vụ does not exist, whatever they ask of it.
 */
@PortalTest
class DeskAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	DeskDossiers desk;

	@Autowired
	JdbcTemplate jdbc;

	private ProcedureDetails procedure;

	/** Sở Ngoại vụ, the agency of the procedure. */
	private PortalUser officerA;

	/** Sở Nội vụ. */
	private PortalUser officerB;

	private PortalUser citizen;

	@BeforeEach
	void people() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.officerA = TestAccounts.staff(this.context, "canbo.songoaivu");
		this.officerB = TestAccounts.staff(this.context, "canbo.sonoivu");
		assertThat(this.officerB.agencyId()).isNotEqualTo(this.officerA.agencyId());
		this.citizen = TestAccounts.activeCitizen(this.context, "Đặng Thị Dung", "dung-" + UUID.randomUUID() + "@example.com");
	}

	private DossierForms.Filed submitted() throws Exception {
		return DossierForms.submit(this.mvc, this.citizen, this.procedure, "de-nghi.pdf", TestFiles.pdf());
	}

	/** The columns an action would change, to compare before and after. */
	private Map<String, Object> state(UUID id) {
		return this.jdbc.queryForMap("select status, version, due_date, received_at, closed_at, resolved_at, returned_at,"
				+ " (select count(*) from dossier_transition t where t.dossier_id = d.id) as steps,"
				+ " (select count(*) from amendment_request a where a.dossier_id = d.id) as amendments,"
				+ " (select count(*) from dossier_result r where r.dossier_id = d.id) as results,"
				+ " (select count(*) from apology_letter l where l.dossier_id = d.id) as apologies"
				+ " from dossier d where id = ?", id);
	}

	private long version(UUID id) {
		return this.jdbc.queryForObject("select version from dossier where id = ?", Long.class, id);
	}

	private UUID firstAttachment(UUID id) {
		return this.jdbc.queryForObject("select id from dossier_attachment where dossier_id = ? order by added_at, id limit 1",
				UUID.class, id);
	}

	/** Every action of the desk, as the officer's page posts it, with what it needs to be accepted. */
	private List<RequestBuilder> everyAction(UUID id, PortalUser officer, boolean withCsrf) {
		long version = version(id);
		UUID requirement = DossierForms.mandatory(this.procedure).get(0).id();
		var resolve = multipart("/desk/dossiers/{id}/resolve", id)
			.file(new MockMultipartFile("result", "giay-phep.pdf", "application/pdf", TestFiles.pdf()))
			.param("version", String.valueOf(version))
			.param("note", "Đồng ý")
			.with(user(officer));
		List<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> actions = List.of(
				post("/desk/dossiers/{id}/receive", id).param("identityChecked", "true"),
				post("/desk/dossiers/{id}/reject", id).param("reason", "Không thuộc thẩm quyền"),
				post("/desk/dossiers/{id}/amendment", id).param("reason", "Thiếu chữ ký")
					.param("requirement", requirement.toString()),
				post("/desk/dossiers/{id}/process", id),
				post("/desk/dossiers/{id}/return", id).param("method", "POSTAL")
					.param("postalItemNumber", "EL123456789VN")
					.param("dispatchDate", "2025-01-02"),
				post("/desk/dossiers/{id}/apology", id).param("reason", "Trễ hạn")
					.param("newReturnDate", "2099-01-02"));
		List<RequestBuilder> requests = new java.util.ArrayList<>();
		for (var action : actions) {
			action.param("version", String.valueOf(version)).with(user(officer));
			if (withCsrf) {
				action.with(csrf());
			}
			requests.add(action);
		}
		if (withCsrf) {
			resolve.with(csrf());
		}
		requests.add(resolve);
		return requests;
	}

	@Test
	void anotherAgencysOfficerCannotSeeOrTouchASubmittedDossier() throws Exception {
		DossierForms.Filed filed = submitted();
		UUID attachment = firstAttachment(filed.id());
		Map<String, Object> before = state(filed.id());

		this.mvc.perform(get("/desk/dossiers/{id}", filed.id()).with(user(this.officerB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", filed.id(), attachment).with(user(this.officerB)))
			.andExpect(status().isNotFound());
		for (RequestBuilder action : everyAction(filed.id(), this.officerB, true)) {
			this.mvc.perform(action).andExpect(status().isNotFound());
		}

		assertThat(state(filed.id())).isEqualTo(before);
		assertThat(before.get("status")).isEqualTo("SUBMITTED");

		// The same page, file and receipt are there for the dossier's own agency.
		this.mvc.perform(get("/desk/dossiers/{id}", filed.id()).with(user(this.officerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(filed.code())));
		this.mvc.perform(get("/files/dossiers/{d}/{a}", filed.id(), attachment).with(user(this.officerA)))
			.andExpect(status().isOk());
		this.mvc.perform(everyAction(filed.id(), this.officerA, true).get(0))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/desk/dossiers/" + filed.id()))
			.andExpect(flash().attribute("successKey", "desk.received"));
		assertThat(state(filed.id()).get("status")).isEqualTo("RECEIVED");
	}

	@Test
	void anotherAgencysOfficerCannotTouchAResolvedDossierOrItsPapers() throws Exception {
		DossierForms.Filed filed = submitted();
		DossierId id = new DossierId(filed.id());
		this.desk.receive(this.officerA, id, version(filed.id()));
		this.desk.startProcessing(this.officerA, id, version(filed.id()));
		byte[] pdf = TestFiles.pdf();
		this.desk.resolve(this.officerA, id, version(filed.id()), "Đồng ý",
				List.of(new Documents.Upload(new ByteArrayResource(pdf), "giay-phep.pdf", pdf.length, null)));
		UUID result = this.jdbc.queryForObject("select id from dossier_result where dossier_id = ?", UUID.class,
				filed.id());
		Map<String, Object> before = state(filed.id());
		assertThat(before.get("status")).isEqualTo("RESOLVED");

		this.mvc.perform(get("/desk/dossiers/{id}", filed.id()).with(user(this.officerB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/results/{r}", filed.id(), result).with(user(this.officerB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/papers/dossiers/{d}/receipt.pdf", filed.id()).with(user(this.officerB)))
			.andExpect(status().isNotFound());
		for (RequestBuilder action : everyAction(filed.id(), this.officerB, true)) {
			this.mvc.perform(action).andExpect(status().isNotFound());
		}
		assertThat(state(filed.id())).isEqualTo(before);

		this.mvc.perform(get("/files/dossiers/{d}/results/{r}", filed.id(), result).with(user(this.officerA)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/papers/dossiers/{d}/receipt.pdf", filed.id()).with(user(this.officerA)))
			.andExpect(status().isOk());
	}

	@Test
	void theQueueOfAnotherAgencyDoesNotListTheDossier() throws Exception {
		DossierForms.Filed filed = submitted();

		String link = "/desk/dossiers/" + filed.id();
		// The agency's own officer is taken straight to the dossier its code names.
		this.mvc.perform(get("/desk").param("tab", "ALL").param("text", filed.code()).with(user(this.officerA)))
			.andExpect(redirectedUrl(link));
		// The search box repeats the code typed; the list itself has no row for it.
		this.mvc.perform(get("/desk").param("tab", "ALL").param("text", filed.code()).with(user(this.officerB)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link))));
		for (String tab : new String[] { "WAITING", "ALL" }) {
			this.mvc.perform(get("/desk").param("tab", tab).with(user(this.officerB)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(filed.code()))))
				.andExpect(content().string(not(containsString(link))));
		}

		assertThat(this.desk.queue(this.officerB, new DeskQuery(DeskQuery.Tab.ALL, filed.code(), null, null, null, null), 0))
			.isEmpty();
		assertThat(this.desk.queue(this.officerA, new DeskQuery(DeskQuery.Tab.ALL, filed.code(), null, null, null, null), 0))
			.singleElement()
			.satisfies(row -> assertThat(row.code()).isEqualTo(filed.code()));
	}

	@Test
	void anotherAgencysOfficerCannotRegisterAPaperDossierForTheProcedure() throws Exception {
		String submitter = "Người Nộp " + UUID.randomUUID().toString().substring(0, 8);
		var intake = multipart("/desk/intake");
		for (var requirement : DossierForms.mandatory(this.procedure)) {
			intake.file(new MockMultipartFile("file-" + requirement.id(), "scan.pdf", "application/pdf", TestFiles.pdf()));
		}
		intake.param("procedureId", this.procedure.id().toString())
			.param("channel", "COUNTER")
			.param("submitterName", submitter)
			.param("submitterPhone", "0912 345 678")
			.param("submitterAddress", "Thôn B, xã Thạch Hạ")
			.param("ownerSameAsSubmitter", "true")
			.param("ownerBirthYear", "1960")
			.param("ownerIdIssueDate", "1985-03-02")
			.param("ownerIdIssuer", "Công an tỉnh Nghệ Tĩnh")
			.param("content", "Đề nghị tổ chức hội thảo")
			.param("postalReturn", "false")
			.with(user(this.officerB))
			.with(csrf());

		this.mvc.perform(post("/desk/intake/start").param("procedure", this.procedure.id().toString())
			.with(user(this.officerB))
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(intake).andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForObject("select count(*) from dossier where submitter_name = ?", Integer.class,
				submitter)).isZero();
		this.mvc.perform(get("/desk/intake").with(user(this.officerB)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.procedure.id().toString()))));
	}

	@Test
	void citizensAreForbiddenAndAnonymousVisitorsSentToLogin() throws Exception {
		DossierForms.Filed filed = submitted();

		this.mvc.perform(get("/desk").with(user(this.citizen))).andExpect(status().isForbidden());
		this.mvc.perform(get("/desk/dossiers/{id}", filed.id()).with(user(this.citizen)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/desk/dossiers/{id}/receive", filed.id()).param("version", "0")
			.param("identityChecked", "true")
			.with(user(this.citizen))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/desk")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/desk/dossiers/{id}", filed.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		assertThat(state(filed.id()).get("status")).isEqualTo("SUBMITTED");
	}

	@Test
	void actionsWithoutCsrfTokenAreRefused() throws Exception {
		DossierForms.Filed filed = submitted();
		Map<String, Object> before = state(filed.id());

		for (RequestBuilder action : everyAction(filed.id(), this.officerA, false)) {
			this.mvc.perform(action).andExpect(status().isForbidden());
		}

		assertThat(state(filed.id())).isEqualTo(before);
	}

}

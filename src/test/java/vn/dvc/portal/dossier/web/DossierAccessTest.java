package vn.dvc.portal.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may see which dossier and file: everyone else is told it does not exist. */
@PortalTest
class DossierAccessTest {

	private static final String FILE_NAME = "Đơn đề nghị hội thảo.pdf";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	private ProcedureDetails procedure;

	private PortalUser citizenA;

	private PortalUser citizenB;

	@BeforeEach
	void citizens() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.citizenA = TestAccounts.activeCitizen(this.context, "Lê Văn Anh", "anh-" + UUID.randomUUID() + "@example.com");
		this.citizenB = TestAccounts.activeCitizen(this.context, "Phạm Thị Bích", "bich-" + UUID.randomUUID() + "@example.com");
	}

	private UUID firstAttachment(UUID dossierId) {
		return this.jdbc.queryForObject(
				"select id from dossier_attachment where dossier_id = ? order by added_at, id limit 1", UUID.class,
				dossierId);
	}

	private int dossiers(UUID dossierId) {
		return this.jdbc.queryForObject("select count(*) from dossier where id = ?", Integer.class, dossierId);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/my/dossiers")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/dossiers/new").param("procedure", this.procedure.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCitizenCannotReachAnotherCitizensDossier() throws Exception {
		Filed draft = DossierForms.draft(this.mvc, this.citizenB, this.procedure, FILE_NAME, TestFiles.pdf());
		UUID attachment = firstAttachment(draft.id());
		// The owner reaches all of it: the refusals below are about who asks, not about the URLs.
		this.mvc.perform(get("/my/dossiers/{id}", draft.id()).with(user(this.citizenB))).andExpect(status().isOk());
		this.mvc.perform(get("/my/dossiers/{id}/edit", draft.id()).with(user(this.citizenB))).andExpect(status().isOk());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", draft.id(), attachment).with(user(this.citizenB)))
			.andExpect(status().isOk());

		this.mvc.perform(get("/my/dossiers/{id}", draft.id()).with(user(this.citizenA))).andExpect(status().isNotFound());
		this.mvc.perform(get("/my/dossiers/{id}/edit", draft.id()).with(user(this.citizenA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", draft.id(), attachment).with(user(this.citizenA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/my/dossiers/{id}/delete", draft.id()).with(user(this.citizenA)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(DossierForms.editForm(this.citizenA, this.procedure, draft.id(), "save", "content",
				"Sửa hồ sơ của người khác")).andExpect(status().isNotFound());

		assertThat(dossiers(draft.id())).isOne();
		assertThat(this.jdbc.queryForObject("select content from dossier where id = ?", String.class, draft.id()))
			.isEqualTo("Đề nghị cho phép tổ chức hội thảo quốc tế về du lịch");
		assertThat(this.jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?",
				Integer.class, draft.id())).isEqualTo(2);
	}

	@Test
	void anUnknownDossierOrAttachmentIsNotFound() throws Exception {
		Filed submitted = DossierForms.submit(this.mvc, this.citizenB, this.procedure, FILE_NAME, TestFiles.pdf());
		this.mvc.perform(get("/my/dossiers/{id}", UUID.randomUUID()).with(user(this.citizenB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", submitted.id(), UUID.randomUUID()).with(user(this.citizenB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/my/dossiers/{id}", "not-a-uuid").with(user(this.citizenB)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyTheOfficersOfTheDossiersAgencyMayDownloadItsFiles() throws Exception {
		byte[] pdf = TestFiles.pdf();
		Filed submitted = DossierForms.submit(this.mvc, this.citizenB, this.procedure, FILE_NAME, pdf);
		UUID attachment = firstAttachment(submitted.id());

		this.mvc.perform(get("/files/dossiers/{d}/{a}", submitted.id(), attachment)
			.with(user(TestAccounts.staff(this.context, "canbo.sonoivu")))).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", submitted.id(), attachment)
			.with(user(TestAccounts.staff(this.context, "canbo.tphatinh")))).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", submitted.id(), attachment)
			.with(user(TestAccounts.staff(this.context, "admin")))).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", submitted.id(), attachment).with(user(this.citizenA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/files/dossiers/{d}/{a}", submitted.id(), attachment))
			.andExpect(status().is3xxRedirection());

		MvcResult download = this.mvc
			.perform(get("/files/dossiers/{d}/{a}", submitted.id(), attachment)
				.with(user(TestAccounts.staff(this.context, "canbo.songoaivu"))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		ContentDisposition disposition = ContentDisposition
			.parse(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo(FILE_NAME);
		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename*=UTF-8''" + java.net.URLEncoder.encode("Đơn", StandardCharsets.UTF_8));
		assertThat(download.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void aDraftsFilesAreNotForAnyOfficer() throws Exception {
		Filed draft = DossierForms.draft(this.mvc, this.citizenB, this.procedure, FILE_NAME, TestFiles.pdf());
		UUID attachment = firstAttachment(draft.id());

		for (String officer : new String[] { "canbo.songoaivu", "canbo.sonoivu", "admin" }) {
			this.mvc.perform(get("/files/dossiers/{d}/{a}", draft.id(), attachment)
				.with(user(TestAccounts.staff(this.context, officer)))).andExpect(status().isNotFound());
		}
	}

	@Test
	void citizensStayOutOfTheDeskAndTheAdministration() throws Exception {
		this.mvc.perform(get("/desk").with(user(this.citizenA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/desk/queue").with(user(this.citizenA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(user(this.citizenA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/agencies").with(user(this.citizenA))).andExpect(status().isForbidden());
	}

	@Test
	void staffCannotFileDossiers() throws Exception {
		this.mvc.perform(get("/my/dossiers").with(user(TestAccounts.staff(this.context, "canbo.songoaivu"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dossiers/new").param("procedure", this.procedure.id().toString())
			.with(user(TestAccounts.staff(this.context, "admin")))).andExpect(status().isForbidden());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/register").param("fullName", "Nguyễn Văn An")).andExpect(status().isForbidden());
		Filed draft = DossierForms.draft(this.mvc, this.citizenB, this.procedure, FILE_NAME, TestFiles.pdf());
		this.mvc.perform(post("/my/dossiers/{id}/delete", draft.id()).with(user(this.citizenB)))
			.andExpect(status().isForbidden());
		assertThat(dossiers(draft.id())).isOne();
	}

}

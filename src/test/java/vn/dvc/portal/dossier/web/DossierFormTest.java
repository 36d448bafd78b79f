package vn.dvc.portal.dossier.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.documents.DocumentsProperties;
import vn.dvc.portal.documents.UploadRejectedException;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DossierCode;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The dossier form: drafts, uploads, submission, and what a submitted dossier no longer allows. */
@PortalTest
class DossierFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	CitizenDossiers citizenDossiers;

	@Autowired
	DocumentsProperties documentsProperties;

	@Autowired
	JdbcTemplate jdbc;

	private ProcedureDetails procedure;

	private PortalUser citizen;

	@BeforeEach
	void citizen() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.citizen = TestAccounts.activeCitizen(this.context, "Hoàng Văn Cường",
				"cuong-" + UUID.randomUUID() + "@example.com");
	}

	private Map<String, Object> dossierRow(UUID id) {
		return this.jdbc.queryForMap("select status, code, content, version, updated_at from dossier where id = ?", id);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefusedAndTheRestIsSaved() throws Exception {
		UUID formKey = UUID.randomUUID();
		RequirementDetails first = DossierForms.mandatory(this.procedure).get(0);
		MvcResult result = this.mvc
			.perform(DossierForms.newForm(this.citizen, this.procedure, formKey, "save", "content",
					"Nội dung đã gõ, không được mất")
				.file(new MockMultipartFile("file-" + first.id(), "giay-to.pdf", "application/pdf", TestFiles.text())))
			.andExpect(status().isOk())
			.andExpect(view().name("dossier/form"))
			.andExpect(model().attributeExists("rejections"))
			.andReturn();

		@SuppressWarnings("unchecked")
		List<CitizenDossiers.Rejection> rejections = (List<CitizenDossiers.Rejection>) result.getModelAndView()
			.getModel()
			.get("rejections");
		assertThat(rejections).singleElement().satisfies(rejection -> {
			assertThat(rejection.reason()).isEqualTo(UploadRejectedException.Reason.TYPE_NOT_ALLOWED);
			assertThat(rejection.fileName()).isEqualTo("giay-to.pdf");
			assertThat(rejection.requirementId()).isEqualTo(first.id());
		});
		assertThat(this.jdbc.queryForList("select content from dossier where form_key = ?", String.class, formKey))
			.containsExactly("Nội dung đã gõ, không được mất");
		assertThat(count("select count(*) from dossier_attachment a join dossier d on d.id = a.dossier_id "
				+ "where d.form_key = ?", formKey)).isZero();
		assertThat(count("select count(*) from stored_file where owner_id = ?", this.citizen.accountId().value()))
			.isZero();
	}

	@Test
	void aFileLargerThanThePortalLimitIsRefusedAsTooLarge() throws Exception {
		long limit = this.documentsProperties.maxFileSize().toBytes();
		byte[] large = new byte[(int) limit + 1];
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, large, 0, header.length);
		Arrays.fill(large, header.length, large.length, (byte) ' ');
		UUID formKey = UUID.randomUUID();
		RequirementDetails first = DossierForms.mandatory(this.procedure).get(0);

		MvcResult result = this.mvc
			.perform(DossierForms.newForm(this.citizen, this.procedure, formKey, "save")
				.file(new MockMultipartFile("file-" + first.id(), "ban-quet-lon.pdf", "application/pdf", large)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("rejections"))
			.andReturn();

		@SuppressWarnings("unchecked")
		List<CitizenDossiers.Rejection> rejections = (List<CitizenDossiers.Rejection>) result.getModelAndView()
			.getModel()
			.get("rejections");
		assertThat(rejections).singleElement().satisfies(rejection -> {
			assertThat(rejection.reason()).isEqualTo(UploadRejectedException.Reason.TOO_LARGE);
			assertThat(rejection.fileName()).isEqualTo("ban-quet-lon.pdf");
		});
		assertThat(count("select count(*) from dossier where form_key = ?", formKey)).isOne();
		assertThat(count("select count(*) from stored_file where owner_id = ?", this.citizen.accountId().value()))
			.isZero();
	}

	@Test
	void submittingWithoutTheMandatoryDocumentsKeepsTheDraftAndNamesWhatIsMissing() throws Exception {
		UUID formKey = UUID.randomUUID();
		MvcResult result = this.mvc.perform(DossierForms.newForm(this.citizen, this.procedure, formKey, "submit"))
			.andExpect(status().isOk())
			.andExpect(view().name("dossier/form"))
			.andExpect(model().attribute("savedButNotSubmitted", true))
			.andReturn();

		assertThat(result.getModelAndView().getModel().get("missing")).isEqualTo(
				DossierForms.mandatory(this.procedure).stream().map(RequirementDetails::name).toList());
		assertThat(this.jdbc.queryForList("select status from dossier where form_key = ?", String.class, formKey))
			.containsExactly("DRAFT");
		assertThat(this.jdbc.queryForList("select code from dossier where form_key = ?", String.class, formKey))
			.containsOnlyNulls();
	}

	@Test
	void submittingWithAMissingPostalRecipientGivesFieldErrorsAndKeepsTheDraft() throws Exception {
		UUID formKey = UUID.randomUUID();
		this.mvc
			.perform(DossierForms.withMandatoryFiles(
					DossierForms.newForm(this.citizen, this.procedure, formKey, "submit", "postalReturn", "true"),
					this.procedure, "don.pdf", TestFiles.pdf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("savedButNotSubmitted", true))
			.andExpect(model().attributeHasFieldErrorCode("dossierForm", "recipientName", "dossier.recipientName.required"))
			.andExpect(model().attributeHasFieldErrorCode("dossierForm", "recipientProvince",
					"dossier.recipientProvince.required"));
		assertThat(this.jdbc.queryForList("select status from dossier where form_key = ?", String.class, formKey))
			.containsExactly("DRAFT");
	}

	@Test
	void aHalfFilledDraftIsSavedEvenWithoutTheSubmittersName() throws Exception {
		// "Lưu lại" saves whatever is there; only "Gửi đi" asks for the submitter's name.
		UUID formKey = UUID.randomUUID();
		this.mvc
			.perform(DossierForms.newForm(this.citizen, this.procedure, formKey, "save", "submitterName", "",
					"content", "Mới gõ được một nửa"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "dossier.saved"));
		assertThat(this.jdbc.queryForList("select content from dossier where form_key = ?", String.class, formKey))
			.containsExactly("Mới gõ được một nửa");
	}

	@Test
	void twoPostsOfTheSameNewFormMakeOneDossier() throws Exception {
		UUID formKey = UUID.randomUUID();
		MvcResult first = this.mvc
			.perform(DossierForms.newForm(this.citizen, this.procedure, formKey, "save", "content", "Lần một"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		MvcResult second = this.mvc
			.perform(DossierForms.newForm(this.citizen, this.procedure, formKey, "save", "content", "Lần hai"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(DossierForms.dossierId(second)).isEqualTo(DossierForms.dossierId(first));
		assertThat(count("select count(*) from dossier where form_key = ?", formKey)).isOne();
		assertThat(this.jdbc.queryForObject("select content from dossier where form_key = ?", String.class, formKey))
			.isEqualTo("Lần hai");
	}

	@Test
	void submittingTheSameDraftTwiceGivesTheSameCode() throws Exception {
		Filed draft = DossierForms.draft(this.mvc, this.citizen, this.procedure, "don.pdf", TestFiles.pdf());
		Actor actor = Actor.of(this.citizen);

		DossierCode first = this.citizenDossiers.submit(actor, new DossierId(draft.id()));
		DossierCode second = this.citizenDossiers.submit(actor, new DossierId(draft.id()));

		assertThat(second).isEqualTo(first);
		assertThat(dossierRow(draft.id())).containsEntry("status", "SUBMITTED").containsEntry("code", first.value());
		assertThat(count("select count(*) from dossier_transition where dossier_id = ? and to_status = 'SUBMITTED'",
				draft.id())).isOne();
	}

	@Test
	void submittingTheSavedDraftFormTwiceKeepsItsCode() throws Exception {
		Filed draft = DossierForms.draft(this.mvc, this.citizen, this.procedure, "don.pdf", TestFiles.pdf());
		MvcResult first = this.mvc.perform(DossierForms.editForm(this.citizen, this.procedure, draft.id(), "submit"))
			.andExpect(redirectedUrl("/my/dossiers/" + draft.id()))
			.andReturn();
		String code = (String) first.getFlashMap().get("submittedCode");
		assertThat(code).matches("000\\.00\\.20\\.H27-\\d{6}-\\d{4}");

		// A second click on "Gửi đi" of the same page leads to the same dossier, which keeps its code.
		this.mvc.perform(DossierForms.editForm(this.citizen, this.procedure, draft.id(), "submit"))
			.andExpect(redirectedUrl("/my/dossiers/" + draft.id()));
		assertThat(dossierRow(draft.id())).containsEntry("status", "SUBMITTED").containsEntry("code", code);
	}

	@Test
	void aDoubleClickOnSubmitOfANewFormGivesTheSameDossierAndCode() throws Exception {
		UUID formKey = UUID.randomUUID();
		MvcResult first = this.mvc
			.perform(DossierForms.withMandatoryFiles(DossierForms.newForm(this.citizen, this.procedure, formKey, "submit"),
					this.procedure, "don.pdf", TestFiles.pdf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID id = DossierForms.dossierId(first);
		String code = (String) first.getFlashMap().get("submittedCode");

		MvcResult second = this.mvc
			.perform(DossierForms.withMandatoryFiles(DossierForms.newForm(this.citizen, this.procedure, formKey, "submit"),
					this.procedure, "don.pdf", TestFiles.pdf()))
			.andExpect(redirectedUrl("/my/dossiers/" + id))
			.andReturn();

		assertThat(second.getFlashMap().get("submittedCode")).isEqualTo(code);
		assertThat(count("select count(*) from dossier where form_key = ?", formKey)).isOne();
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", id)).isEqualTo(2);
	}

	@Test
	void aSubmittedDossierCannotBeEdited() throws Exception {
		Filed submitted = DossierForms.submit(this.mvc, this.citizen, this.procedure, "don.pdf", TestFiles.pdf());
		Map<String, Object> before = dossierRow(submitted.id());

		this.mvc
			.perform(DossierForms.withMandatoryFiles(
					DossierForms.editForm(this.citizen, this.procedure, submitted.id(), "save", "content",
							"Sửa sau khi đã gửi"),
					this.procedure, "them.pdf", TestFiles.pdf()))
			.andExpect(redirectedUrl("/my/dossiers/" + submitted.id()))
			// A replayed form of a dossier still waiting for receipt shows it with the code it already has.
			.andExpect(flash().attribute("submittedCode", submitted.code()));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/my/dossiers/{id}/edit", submitted.id())
			.with(user(this.citizen))).andExpect(redirectedUrl("/my/dossiers/" + submitted.id()));

		assertThat(dossierRow(submitted.id())).isEqualTo(before);
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", submitted.id())).isEqualTo(2);
	}

	@Test
	void aSubmittedDossierCannotBeDeleted() throws Exception {
		Filed submitted = DossierForms.submit(this.mvc, this.citizen, this.procedure, "don.pdf", TestFiles.pdf());

		MvcResult result = this.mvc
			.perform(post("/my/dossiers/{id}/delete", submitted.id()).with(user(this.citizen)).with(csrf()))
			.andReturn();

		// Either the conflict page or back to the dossier's page with a warning; never a server error.
		assertThat(result.getResponse().getStatus()).isIn(302, 409);
		if (result.getResponse().getStatus() == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/dossiers/" + submitted.id());
		}
		assertThat(count("select count(*) from dossier where id = ?", submitted.id())).isOne();
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", submitted.id())).isEqualTo(2);
	}

	@Test
	void deletingADraftRemovesItAndItsFiles() throws Exception {
		Filed draft = DossierForms.draft(this.mvc, this.citizen, this.procedure, "don.pdf", TestFiles.pdf());
		List<Map<String, Object>> files = this.jdbc.queryForList(
				"select f.id, f.storage_key from stored_file f join dossier_attachment a on a.file_id = f.id "
						+ "where a.dossier_id = ?", draft.id());
		assertThat(files).hasSize(2);
		Path root = this.documentsProperties.storageDirectory().toAbsolutePath().normalize();
		List<Path> paths = files.stream().map(row -> root.resolve((String) row.get("storage_key"))).toList();
		assertThat(paths).allMatch(Files::exists);

		this.mvc.perform(post("/my/dossiers/{id}/delete", draft.id()).with(user(this.citizen)).with(csrf()))
			.andExpect(redirectedUrl("/my/dossiers"))
			.andExpect(flash().attribute("successKey", "dossier.deleted"));

		assertThat(count("select count(*) from dossier where id = ?", draft.id())).isZero();
		assertThat(count("select count(*) from dossier_attachment where dossier_id = ?", draft.id())).isZero();
		assertThat(count("select count(*) from dossier_transition where dossier_id = ?", draft.id())).isZero();
		for (Map<String, Object> file : files) {
			assertThat(count("select count(*) from stored_file where id = ?", file.get("id"))).isZero();
		}
		assertThat(paths).noneMatch(Files::exists);
	}

}

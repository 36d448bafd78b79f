package vn.dvc.portal.dossier.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.documents.DocumentMetadata;
import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A document picked from the citizen's store is shared with the dossier, not handed over: deleting
 * the draft leaves it in the store.
 */
@PortalTest
class StoreReuseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	Documents documents;

	@Autowired
	DocumentStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deletingADraftKeepsTheStoredDocumentItReused() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Trương Thị Kho", null);
		byte[] scan = TestFiles.pdf();
		UUID fileId = this.documents.store(new Documents.Upload(new ByteArrayResource(scan), "giay-phep.pdf", scan.length,
				citizen.accountId().value()), java.util.Set.of(FileFormat.PDF), 1_048_576).id();
		PersonalDocumentView stored = this.store.addDigitised(fileId,
				new DocumentMetadata(new DocumentMetadata.Owner(citizen.getUsername(), "Trương Thị Kho", null, null, null),
						"GP01", "Giấy phép cũ", null, null, null, null),
				null);
		RequirementDetails first = DossierForms.mandatory(procedure).get(0);

		MvcResult saved = this.mvc
			.perform(DossierForms.newForm(citizen, procedure, UUID.randomUUID(), "save")
				.param("store-" + first.id(), stored.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID draft = DossierForms.dossierId(saved);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_attachment where dossier_id = ? and file_id = ? and from_store", Integer.class,
				draft, fileId)).isOne();

		this.mvc.perform(post("/my/dossiers/{id}/delete", draft).with(user(citizen)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select count(*) from dossier where id = ?", Integer.class, draft)).isZero();
		assertThat(this.documents.find(fileId)).isPresent();
		byte[] downloaded = this.mvc.perform(get("/my/documents/{id}/file", stored.id()).with(user(citizen)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(scan);
	}

}

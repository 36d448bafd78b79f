package vn.dvc.portal.dossier.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An amendment that sets aside a named mandatory document without a replacement is refused. */
@PortalTest
class AmendmentCompletenessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void settingAsideTheOnlyFileOfANamedMandatoryDocumentIsRefusedAndNothingChanges() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lý Văn Thiếu", null);
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		Filed filed = DossierForms.submit(this.mvc, citizen, procedure, "don.pdf", TestFiles.pdf());
		RequirementDetails named = DossierForms.mandatory(procedure).get(0);
		DeskActions.receive(this.mvc, this.jdbc, officer, filed.id());
		DeskActions.requestAmendment(this.mvc, this.jdbc, officer, filed.id(), named.id(), "Đơn chưa ký");
		UUID only = this.jdbc.queryForObject(
				"select id from dossier_attachment where dossier_id = ? and requirement_id = ?", UUID.class, filed.id(),
				named.id());
		String versionBefore = DeskActions.version(this.jdbc, filed.id());

		this.mvc.perform(multipart("/my/dossiers/{id}/amend", filed.id()).param("version", versionBefore)
			.param("procedureId", procedure.id().toString())
			.param("removeAttachments", only.toString())
			.with(user(citizen))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("missing", List.of(named.name())));

		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, filed.id()))
			.isEqualTo("AMENDMENT_REQUESTED");
		assertThat(DeskActions.version(this.jdbc, filed.id())).isEqualTo(versionBefore);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_attachment where id = ? and superseded_at is null", Integer.class, only))
			.isOne();
	}

}

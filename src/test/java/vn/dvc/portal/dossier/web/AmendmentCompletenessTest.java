package vn.dvc.portal.dossier.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An amendment changes only what the request named: a named mandatory document set aside without a
 * replacement is refused, and parts of the form that were not reopened stay as they were whatever a
 * crafted post says of them.
 */
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

	@Test
	void aCraftedPostCannotChangeAPartOfTheFormTheRequestDidNotName() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hồ Thị Nguyên", null);
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		Filed filed = DossierForms.submit(this.mvc, citizen, procedure, "don.pdf", TestFiles.pdf());
		RequirementDetails named = DossierForms.mandatory(procedure).get(0);
		DeskActions.receive(this.mvc, this.jdbc, officer, filed.id());
		// Only a document is named: no part of the form is reopened.
		DeskActions.requestAmendment(this.mvc, this.jdbc, officer, filed.id(), named.id(), "Đơn chưa ký");
		Map<String, Object> before = written(filed.id());

		this.mvc.perform(multipart("/my/dossiers/{id}/amend", filed.id())
			.file(new MockMultipartFile("file-" + named.id(), "don-da-ky.pdf", "application/pdf", TestFiles.pdf()))
			.param("version", DeskActions.version(this.jdbc, filed.id()))
			.param("procedureId", procedure.id().toString())
			.param("submitterName", "Người Khác Hẳn")
			.param("submitterPhone", "0987 654 321")
			.param("submitterAddress", "Nơi khác")
			.param("ownerSameAsSubmitter", "false")
			.param("ownerName", "Chủ Khác")
			.param("ownerIdNumber", "001099012345")
			.param("ownerAddress", "Nơi khác nữa")
			.param("content", "Nội dung đổi lén")
			.param("postalReturn", "true")
			.param("recipientName", "Người Nhận Lạ")
			.param("recipientPhone", "0911 111 111")
			.param("recipientAddress", "Thôn B")
			.param("recipientProvince", "Tỉnh Hà Tĩnh")
			.with(user(citizen))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "dossier.amended"));

		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, filed.id()))
			.isEqualTo("RECEIVED");
		assertThat(written(filed.id())).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select changes from amendment_request where dossier_id = ?", String.class,
				filed.id()))
			.isEqualTo(named.name());
	}

	private Map<String, Object> written(UUID dossier) {
		return this.jdbc.queryForMap("""
				select submitter_name, submitter_phone, submitter_address, owner_name, owner_id_number,
				       owner_address, content, postal_return, recipient_name, recipient_province
				from dossier where id = ?""", dossier);
	}

}

package vn.dvc.portal.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The party fieldsets are one fragment on the citizen's form, the amendment and the counter
 * intake: a postal return without a province shows, on each of them, the required marker and the
 * error next to the list, tied to it for a screen reader (the amendment and the intake had a
 * copy without either).
 */
@PortalTest
class PartyFieldsTest {

	private static final String PROVINCE_ERROR = "<div class=\"invalid-feedback\" id=\"recipientProvince-error\">";

	private static final String PROVINCE_SELECT = "<select class=\"form-select is-invalid\" id=\"recipientProvince\" "
			+ "aria-invalid=\"true\" aria-describedby=\"recipientProvince-error\" name=\"recipientProvince\">";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPostalReturnWithoutProvinceIsShownAtTheListOnTheFormTheAmendmentAndTheIntake() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hồ Văn Mảnh",
				"manh." + UUID.randomUUID() + "@example.com");
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");

		String form = page(DossierForms.newForm(citizen, procedure, UUID.randomUUID(), "submit", "postalReturn", "true",
				"recipientName", "Hồ Văn Mảnh", "recipientPhone", "0912 345 678", "recipientAddress", "Số 2 Hà Huy Tập"));
		assertProvinceErrorShown(form, "form");

		Filed filed = DossierForms.submit(this.mvc, citizen, procedure, "don.pdf", TestFiles.pdf());
		DeskActions.receive(this.mvc, this.jdbc, officer, filed.id());
		this.mvc
			.perform(post("/desk/dossiers/{id}/amendment", filed.id()).param("version", DeskActions.version(this.jdbc, filed.id()))
				.param("reason", "Bổ sung địa chỉ nhận kết quả")
				.param("field", "RECIPIENT")
				.with(user(officer))
				.with(csrf()))
			.andExpect(flash().attribute("successKey", "desk.amendmentRequested"));
		String amendment = page(multipart("/my/dossiers/{id}/amend", filed.id())
			.param("version", DeskActions.version(this.jdbc, filed.id()))
			.param("procedureId", procedure.id().toString())
			.param("postalReturn", "true")
			.param("recipientName", "Hồ Văn Mảnh")
			.param("recipientPhone", "0912 345 678")
			.param("recipientAddress", "Số 2 Hà Huy Tập")
			.with(user(citizen))
			.with(csrf()));
		assertProvinceErrorShown(amendment, "amendment");
		assertThat(amendment).as("the amendment shows only the part the officer named")
			.doesNotContain("id=\"submitterName\"", "id=\"ownerName\"");

		String intake = page(multipart("/desk/intake").param("procedureId", procedure.id().toString())
			.param("channel", "COUNTER")
			.param("submitterName", "Hồ Văn Mảnh")
			.param("submitterPhone", "0912 345 678")
			.param("submitterAddress", "Số 2 Hà Huy Tập")
			.param("ownerSameAsSubmitter", "false")
			.param("postalReturn", "true")
			.with(user(officer))
			.with(csrf()));
		assertProvinceErrorShown(intake, "intake");
		assertThat(intake).as("the counter asks the owner's identity papers")
			.contains("id=\"ownerBirthYear\"", "id=\"ownerIdIssueDate\"", "id=\"ownerIdIssuer\"");
	}

	/** The amendment's owner fieldset had no e-mail field, and amending the owner erased it. */
	@Test
	void amendingTheOwnerShowsAndKeepsTheOwnersEmail() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Phan Văn Uỷ",
				"uy." + UUID.randomUUID() + "@example.com");
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		String[] owner = { "ownerSameAsSubmitter", "false", "ownerName", "Công ty Du lịch Hồng Lĩnh", "ownerIdNumber",
				"038090001234", "ownerEmail", "hongLinh@example.com", "ownerAddress", "Số 5 Phan Đình Phùng" };
		UUID id = DossierForms.dossierId(this.mvc
			.perform(DossierForms.withMandatoryFiles(DossierForms.newForm(citizen, procedure, UUID.randomUUID(), "submit", owner),
					procedure, "don.pdf", TestFiles.pdf()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		DeskActions.receive(this.mvc, this.jdbc, officer, id);
		this.mvc
			.perform(post("/desk/dossiers/{id}/amendment", id).param("version", DeskActions.version(this.jdbc, id))
				.param("reason", "Sửa địa chỉ chủ hồ sơ")
				.param("field", "OWNER")
				.with(user(officer))
				.with(csrf()))
			.andExpect(flash().attribute("successKey", "desk.amendmentRequested"));

		String page = page(get("/my/dossiers/{id}/amend", id).with(user(citizen)));
		assertThat(page).contains("id=\"ownerEmail\"").contains("value=\"hongLinh@example.com\"");

		// What the browser sends back: the fields of the page, the address changed.
		this.mvc
			.perform(multipart("/my/dossiers/{id}/amend", id).param("version", DeskActions.version(this.jdbc, id))
				.param("procedureId", procedure.id().toString())
				.param("ownerSameAsSubmitter", "false")
				.param("ownerName", "Công ty Du lịch Hồng Lĩnh")
				.param("ownerIdNumber", "038090001234")
				.param("ownerEmail", "hongLinh@example.com")
				.param("ownerAddress", "Số 7 Phan Đình Phùng")
				.with(user(citizen))
				.with(csrf()))
			.andExpect(flash().attribute("successKey", "dossier.amended"));
		assertThat(this.jdbc.queryForMap("select owner_address, owner_email from dossier where id = ?", id))
			.containsEntry("owner_address", "Số 7 Phan Đình Phùng")
			.containsEntry("owner_email", "hongLinh@example.com");
	}

	private static void assertProvinceErrorShown(String page, String which) {
		assertThat(page).as(which).contains(PROVINCE_SELECT).contains(PROVINCE_ERROR);
		String label = page.substring(page.indexOf("<label class=\"form-label\" for=\"recipientProvince\">"),
				page.indexOf(PROVINCE_SELECT));
		assertThat(label).as("%s: the province is marked required", which)
			.contains("<span class=\"text-danger\" aria-hidden=\"true\">*</span>");
	}

	private String page(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

package vn.dvc.portal.catalog.web.admin;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.StaffAdministration;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.NewAgency;
import vn.dvc.portal.catalog.NewProcedure;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editing a procedure makes a new revision; a dossier filed before keeps the one it was filed under. */
@PortalTest
class ProcedureRevisionTest {

	private static final String OLD_NAME = "Cấp giấy phép tổ chức lễ hội (bản cũ)";

	private static final String NEW_NAME = "Cấp giấy phép tổ chức lễ hội truyền thống";

	private static final String OLD_REQUIREMENT = "Đơn đề nghị theo mẫu cũ";

	private static final String NEW_REQUIREMENT = "Tờ khai đề nghị theo mẫu số 01/LH";

	private static final String ADDED_REQUIREMENT = "Kế hoạch tổ chức lễ hội";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	StaffAdministration staff;

	private PortalUser admin;

	private AgencyId agency;

	private ProcedureDetails procedure;

	@BeforeEach
	void aProcedureOfItsOwn() {
		this.admin = TestAccounts.staff(this.context, "admin");
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.agency = this.administration.createAgency(new NewAgency("REV." + suffix, "Sở Văn Hóa Thử " + suffix,
				AdminLevel.PROVINCE, null, null, null, null));
		ProcedureId id = this.administration.createProcedure(new NewProcedure("2.REV." + suffix, OLD_NAME, "Văn hóa",
				this.agency, ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 10, 0, null, true, false, null, null,
				List.of(new NewProcedure.Requirement(OLD_REQUIREMENT, true, EnumSet.of(FileFormat.PDF), null))));
		this.procedure = this.catalog.procedure(id).orElseThrow();
	}

	@Test
	void aDossierFiledBeforeAnEditKeepsTheRevisionItWasFiledUnder() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Trịnh Văn Lễ", null);
		DossierForms.Filed filed = DossierForms.submit(this.mvc, citizen, this.procedure, "don.pdf", TestFiles.pdf());
		String login = "canbo.rev" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		this.staff.createOfficer(login, "Cán bộ Văn Hóa", this.agency.value(), login + "@example.com");
		PortalUser officer = TestAccounts.staff(this.context, login);

		UUID requirement = this.procedure.requirements().get(0).id();
		this.mvc.perform(edit(NEW_NAME).param("requirements[0].id", requirement.toString())
			.param("requirements[0].name", NEW_REQUIREMENT)
			.param("requirements[0].mandatory", "true")
			.param("requirements[0].formats", "PDF")
			.param("requirements[1].name", ADDED_REQUIREMENT)
			.param("requirements[1].mandatory", "true")
			.param("requirements[1].formats", "PDF"))
			.andExpect(redirectedUrl("/admin/procedures/" + this.procedure.id()))
			.andExpect(flash().attribute("successKey", "admin.procedure.revised"));

		ProcedureDetails revised = this.catalog.procedure(this.procedure.id()).orElseThrow();
		assertThat(revised.revision()).isEqualTo(this.procedure.revision() + 1);
		assertThat(revised.summary().name()).isEqualTo(NEW_NAME);
		assertThat(revised.requirements()).extracting(r -> r.name()).containsExactly(NEW_REQUIREMENT, ADDED_REQUIREMENT);
		List<String> snapshots = this.jdbc.queryForList(
				"select revision || ':' || snapshot from procedure_revision where procedure_id = ? order by revision",
				String.class, this.procedure.id().value());
		assertThat(snapshots).hasSize(2);
		assertThat(snapshots.get(0)).startsWith(this.procedure.revision() + ":").contains(OLD_NAME, OLD_REQUIREMENT)
			.doesNotContain(NEW_REQUIREMENT);
		assertThat(snapshots.get(1)).startsWith(revised.revision() + ":").contains(NEW_NAME, NEW_REQUIREMENT,
				ADDED_REQUIREMENT);

		assertThat(this.jdbc.queryForObject("select procedure_revision from dossier where id = ?", Integer.class,
				filed.id())).isEqualTo(this.procedure.revision());
		String citizensPage = page(get("/my/dossiers/{id}", filed.id()).with(user(citizen)));
		assertThat(citizensPage).contains(OLD_NAME, OLD_REQUIREMENT).doesNotContain(NEW_NAME, NEW_REQUIREMENT);
		String desk = page(get("/desk/dossiers/{id}", filed.id()).with(user(officer)));
		assertThat(desk).contains(OLD_NAME, OLD_REQUIREMENT).doesNotContain(NEW_NAME);

		// A new dossier is filed under the new revision.
		String newForm = page(get("/dossiers/new").param("procedure", this.procedure.id().toString()).with(user(citizen)));
		assertThat(newForm).contains(NEW_NAME, NEW_REQUIREMENT, ADDED_REQUIREMENT).doesNotContain(OLD_REQUIREMENT);
		DossierForms.Filed later = DossierForms.submit(this.mvc, citizen, revised, "to-khai.pdf", TestFiles.pdf());
		assertThat(this.jdbc.queryForObject("select procedure_revision || ':' || procedure_name from dossier where id = ?",
				String.class, later.id())).isEqualTo(revised.revision() + ":" + NEW_NAME);
	}

	@Test
	void anEditNamingAnotherProceduresRequirementChangesNothingAndIsNotAnError() throws Exception {
		ProcedureDetails other = DossierForms.conferenceProcedure(this.catalog);
		this.mvc.perform(edit(NEW_NAME)
			.param("requirements[0].id", other.requirements().get(0).id().toString())
			.param("requirements[0].name", "Thành phần của thủ tục khác")
			.param("requirements[0].formats", "PDF")).andExpect(status().isNotFound());
		ProcedureDetails after = this.catalog.procedure(this.procedure.id()).orElseThrow();
		assertThat(after.revision()).isEqualTo(this.procedure.revision());
		assertThat(after.summary().name()).isEqualTo(OLD_NAME);
		assertThat(this.catalog.procedure(other.id()).orElseThrow().requirements().get(0).name())
			.isEqualTo(other.requirements().get(0).name());
	}

	@Test
	void anEditThatFailsValidationMakesNoRevision() throws Exception {
		this.mvc.perform(edit("", "0")).andExpect(status().isOk());
		assertThat(this.catalog.procedure(this.procedure.id()).orElseThrow().revision())
			.isEqualTo(this.procedure.revision());
		assertThat(this.jdbc.queryForObject("select count(*) from procedure_revision where procedure_id = ?",
				Integer.class, this.procedure.id().value())).isOne();
	}

	@Test
	void aDossierFiledBeforeARequirementWasAddedCanStillBeAmended() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Phan Văn Bổ", null);
		DossierForms.Filed filed = DossierForms.submit(this.mvc, citizen, this.procedure, "don.pdf", TestFiles.pdf());
		String login = "canbo.rev" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		this.staff.createOfficer(login, "Cán bộ Văn Hóa", this.agency.value(), login + "@example.com");
		PortalUser officer = TestAccounts.staff(this.context, login);
		UUID requirement = this.procedure.requirements().get(0).id();
		// The procedure gains a mandatory document after the dossier was filed.
		this.mvc.perform(edit(OLD_NAME).param("requirements[0].id", requirement.toString())
			.param("requirements[0].name", OLD_REQUIREMENT)
			.param("requirements[0].mandatory", "true")
			.param("requirements[0].formats", "PDF")
			.param("requirements[1].name", ADDED_REQUIREMENT)
			.param("requirements[1].mandatory", "true")
			.param("requirements[1].formats", "PDF"))
			.andExpect(flash().attribute("successKey", "admin.procedure.revised"));

		DeskActions.receive(this.mvc, this.jdbc, officer, filed.id());
		DeskActions.requestAmendment(this.mvc, this.jdbc, officer, filed.id(), requirement, "Đơn chưa ký");
		UUID unsigned = this.jdbc.queryForObject("select id from dossier_attachment where dossier_id = ?", UUID.class,
				filed.id());

		this.mvc.perform(multipart("/my/dossiers/{id}/amend", filed.id())
			.file(new MockMultipartFile("file-" + requirement, "don-da-ky.pdf", "application/pdf", TestFiles.pdf()))
			.param("version", DeskActions.version(this.jdbc, filed.id()))
			.param("procedureId", this.procedure.id().toString())
			.param("removeAttachments", unsigned.toString())
			.with(user(citizen))
			.with(csrf()))
			.andExpect(flash().attribute("successKey", "dossier.amended"));

		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, filed.id()))
			.isEqualTo("RECEIVED");
	}

	@Test
	void aRequirementOutOfRangeIsReportedOnItsRowAndMakesNoRevision() throws Exception {
		this.mvc.perform(edit(NEW_NAME).param("requirements[0].name", NEW_REQUIREMENT)
			.param("requirements[0].mandatory", "true")
			.param("requirements[0].formats", "PDF")
			.param("requirements[0].maxSizeMb", "500"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("procedureForm", "requirements[0].maxSizeMb"));
		assertThat(this.catalog.procedure(this.procedure.id()).orElseThrow().summary().name()).isEqualTo(OLD_NAME);
		assertThat(this.jdbc.queryForObject("select count(*) from procedure_revision where procedure_id = ?",
				Integer.class, this.procedure.id().value())).isOne();
	}

	/** The edit form as the administrator posts it, every field kept but the name. */
	private MockHttpServletRequestBuilder edit(String name) {
		return edit(name, "10");
	}

	private MockHttpServletRequestBuilder edit(String name, String processingDays) {
		return post("/admin/procedures/{id}", this.procedure.id().value()).with(user(this.admin))
			.with(csrf())
			.param("code", this.procedure.summary().code())
			.param("name", name)
			.param("field", "Văn hóa")
			.param("agencyId", this.agency.value().toString())
			.param("serviceLevel", "FULL_ONLINE")
			.param("adminLevel", "PROVINCE")
			.param("processingDays", processingDays)
			.param("feeVnd", "0")
			.param("postalReturnOffered", "true");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

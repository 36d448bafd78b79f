package vn.dvc.portal.catalog.web.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogPublishing;
import vn.dvc.portal.stats.StatisticsRecount;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches the administration and the statistics: administrators everything under
 * {@code /admin}, officers the report of their own agency only, everyone the home page's figures.
 */
@PortalTest
class AdminAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogPublishing publishing;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser admin;

	private PortalUser officer;

	private PortalUser citizen;

	private AgencySummary officersAgency;

	private AgencySummary otherAgency;

	@BeforeEach
	void people() {
		this.admin = TestAccounts.staff(this.context, "admin");
		this.officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		this.citizen = TestAccounts.activeCitizen(this.context, "Đỗ Thị Quyền", null);
		this.officersAgency = this.catalog.agency(new vn.dvc.portal.catalog.AgencyId(this.officer.agencyId().orElseThrow()))
			.orElseThrow();
		this.otherAgency = this.catalog.agencyByCode("000.00.21.H27")
			.or(() -> this.catalog.agencies().stream().filter(a -> !a.id().equals(this.officersAgency.id())).findFirst())
			.orElseThrow();
		assertThat(this.otherAgency.id()).isNotEqualTo(this.officersAgency.id());
	}

	/** Every page of the administration, with real ids where the path needs one. */
	private List<String> adminPages() {
		UUID agency = this.officersAgency.id().value();
		UUID procedure = DossierForms.conferenceProcedure(this.catalog).id().value();
		String csv = "Mã,Tên,Cơ quan,Cấp,Mức độ\nACC.1,Thủ tục,KHONG.CO,tỉnh,4\n";
		UUID importId = this.publishing.read("quyen.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), csv.length(), "test");
		return List.of("/admin", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/" + agency,
				"/admin/officers", "/admin/procedures", "/admin/procedures/new", "/admin/procedures/" + procedure,
				"/admin/publications", "/admin/publications/imports/" + importId, "/admin/holidays",
				"/admin/holidays?year=2025");
	}

	@Test
	void onlyAdministratorsReachTheAdministration() throws Exception {
		for (String page : adminPages()) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(page).with(user(this.citizen))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(user(this.officer))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(user(this.admin))).andExpect(status().isOk());
		}
	}

	@Test
	void officersAndCitizensCannotChangeTheCatalogue() throws Exception {
		String code = "ACC." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		for (PortalUser someone : List.of(this.citizen, this.officer)) {
			this.mvc.perform(post("/admin/agencies/new").with(user(someone)).with(csrf())
				.param("code", code)
				.param("name", "Cơ quan trái phép")
				.param("adminLevel", "COMMUNE")).andExpect(status().isForbidden());
			this.mvc.perform(multipart("/admin/publications/import")
				.file(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
				.with(user(someone))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(this.catalog.agencyByCode(code)).isEmpty();
	}

	@Test
	void administrationFormsWithoutCsrfTokenAreRefused() throws Exception {
		String code = "CSRF." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		this.mvc.perform(post("/admin/agencies/new").with(user(this.admin))
			.param("code", code)
			.param("name", "Cơ quan không token")
			.param("adminLevel", "COMMUNE")).andExpect(status().isForbidden());
		assertThat(this.catalog.agencyByCode(code)).isEmpty();

		this.mvc.perform(post("/admin/holidays").with(user(this.admin)).param("day", "2031-09-03").param("name", "Nghỉ"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from holiday where day = date '2031-09-03'", Integer.class))
			.isZero();

		this.mvc.perform(post("/admin/officers").with(user(this.admin))
			.param("login", code.toLowerCase())
			.param("fullName", "Cán bộ không token")
			.param("agencyId", this.officersAgency.id().toString())
			.param("email", "csrf@example.com")).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class,
				code.toLowerCase())).isZero();

		this.mvc.perform(post("/admin/officers/{id}/disable", this.officer.accountId().value()).with(user(this.admin)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select status from account where id = ?", String.class,
				this.officer.accountId().value())).isEqualTo("ACTIVE");

		this.mvc.perform(multipart("/admin/publications/import")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
			.with(user(this.admin))).andExpect(status().isForbidden());
	}

	@Test
	void statisticsAreForStaffOnly() throws Exception {
		this.mvc.perform(get("/stats")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/stats/export.xlsx")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/stats/export.csv")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/stats").with(user(this.citizen))).andExpect(status().isForbidden());
		this.mvc.perform(get("/stats/export.xlsx").with(user(this.citizen))).andExpect(status().isForbidden());
		this.mvc.perform(get("/stats/export.csv").with(user(this.citizen))).andExpect(status().isForbidden());
		this.mvc.perform(get("/stats").with(user(this.officer))).andExpect(status().isOk());
		this.mvc.perform(get("/stats").with(user(this.admin))).andExpect(status().isOk());
	}

	@Test
	void anOfficerSeesOnlyTheirAgencyWhateverTheParameterSays() throws Exception {
		this.mvc.perform(get("/stats").param("agency", this.otherAgency.id().toString()).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("agency", this.officersAgency.id().value()))
			.andExpect(model().attribute("agencyName", this.officersAgency.name()))
			.andExpect(model().attribute("agencies", List.of()));
		this.mvc.perform(get("/stats").with(user(this.officer)))
			.andExpect(model().attribute("agency", this.officersAgency.id().value()));

		String title = xlsxTitle(this.officer, this.otherAgency.id().value());
		assertThat(title).contains(this.officersAgency.name()).doesNotContain(this.otherAgency.name());
		String csv = this.mvc
			.perform(get("/stats/export.csv").param("agency", this.otherAgency.id().toString()).param("year", "2025")
				.with(user(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Grouped by procedure (one agency), never by agency (the administrator's view of all); the
		// satisfaction section after the report names the agency of each row, the officer's only.
		assertThat(csv.lines().findFirst().orElseThrow()).contains("\"Thủ tục\"").doesNotContain("\"Cơ quan\"");
		assertThat(csv).doesNotContain(this.otherAgency.name());
	}

	@Test
	void anAdministratorSeesAllAgenciesOrTheOneAskedFor() throws Exception {
		MvcResult all = this.mvc.perform(get("/stats").with(user(this.admin))).andExpect(status().isOk()).andReturn();
		assertThat(all.getModelAndView().getModel().get("agency")).isNull();
		assertThat((List<?>) all.getModelAndView().getModel().get("agencies")).isNotEmpty();
		this.mvc.perform(get("/stats").param("agency", this.otherAgency.id().toString()).with(user(this.admin)))
			.andExpect(model().attribute("agency", this.otherAgency.id().value()))
			.andExpect(model().attribute("agencyName", this.otherAgency.name()));
		assertThat(xlsxTitle(this.admin, this.otherAgency.id().value())).contains(this.otherAgency.name());
		assertThat(xlsxTitle(this.admin, null)).contains("Tất cả cơ quan");
	}

	@Test
	void theHomePageShowsThePublicFiguresToEveryone() throws Exception {
		// The figures of dossiers other tests filed are counted after their commits.
		StatisticsRecount.awaitCounted(this.jdbc);
		String home = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("id=\"public-figures\"").contains("id=\"figure-received\"");
		Long received = this.jdbc.queryForObject("""
				select count(*) from dossier where received_at >= date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh')
				  at time zone 'Asia/Ho_Chi_Minh'""", Long.class);
		assertThat(home).containsPattern("id=\"figure-received\">" + String.format(java.util.Locale.ROOT, "%,d", received).replace(',', '.') + "<");
	}

	private String xlsxTitle(PortalUser who, UUID agency) throws Exception {
		var request = get("/stats/export.xlsx").param("year", "2025").with(user(who));
		if (agency != null) {
			request.param("agency", agency.toString());
		}
		byte[] bytes = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
		}
	}

}

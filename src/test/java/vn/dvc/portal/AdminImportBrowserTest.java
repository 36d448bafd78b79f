package vn.dvc.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
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
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.OnlineDossiers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator reads the province's list in a real Chromium: agencies written as the
 * decision writes them ("Sở Ngoại vụ", "UBND thành phố Hà Tĩnh") are found, a name two agencies
 * share is flagged; and a list that leaves procedures out says, by name and code, which ones
 * publishing would stop and waits for the administrator to confirm it.
 */
@BrowserTest
class AdminImportBrowserTest {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String HEADER = "Mã thủ tục,Tên thủ tục,Cơ quan,Cấp,Mức độ";

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	CitizenDossiers citizenDossiers;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path files;

	/**
	 * Only previewed, never published: the list names the demo agencies, whose catalogue other tests
	 * use.
	 */
	@Test
	void agenciesWrittenWithoutTheProvinceAreFoundAndTheProceduresToStopAreNamed(Page admin) throws IOException {
		int unique = ThreadLocalRandom.current().nextInt(10_000, 100_000);
		String culture = "Sở Văn hóa Thể thao " + unique;
		this.administration.createAgency(new NewAgency("VH" + unique + ".H27", culture + " tỉnh Hà Tĩnh",
				AdminLevel.PROVINCE, null, null, null, null));
		this.administration.createAgency(new NewAgency("VH" + unique + ".H40", culture + " tỉnh Nghệ An",
				AdminLevel.PROVINCE, null, null, null, null));
		ProcedureDetails abtc = procedure("H27.SNGV.02");
		ProcedureDetails conference = procedure("H27.SNGV.01");
		Path list = csv("mot-phan-" + unique + ".csv",
				String.join(",", abtc.summary().code(), abtc.summary().name(), "Sở Ngoại vụ", "Cấp tỉnh", "Một phần"),
				String.join(",", "9." + unique + ".000.00.00.H27", "Đăng ký hoạt động thử nghiệm " + unique,
						"UBND thành phố Hà Tĩnh", "Cấp huyện", "Toàn trình"),
				String.join(",", "8." + unique + ".000.00.00.H27", "Cấp phép biểu diễn " + unique, culture, "Cấp tỉnh",
						"Toàn trình"));

		logIn(admin);
		read(admin, list);

		Locator rows = admin.locator("#import-rows tbody").getByRole(AriaRole.ROW);
		assertThat(rows).hasCount(3);
		assertThat(rows.nth(0).getByRole(AriaRole.CELL).nth(1)).hasText(text("import.outcome.UNCHANGED"));
		assertThat(rows.nth(1).getByRole(AriaRole.CELL).nth(1)).hasText(text("import.outcome.NEW"));
		assertThat(rows.nth(2).getByRole(AriaRole.CELL).nth(1)).hasText(text("import.outcome.AMBIGUOUS"));
		Locator problem = rows.nth(2).getByRole(AriaRole.CELL).nth(7);
		assertThat(problem).containsText(text("import.row.agencyAmbiguous"));
		assertThat(problem.getByRole(AriaRole.LISTITEM)).hasText(new String[] {
				culture + " tỉnh Hà Tĩnh (VH" + unique + ".H27)", culture + " tỉnh Nghệ An (VH" + unique + ".H40)" });
		assertThat(admin.locator("#import-counts")).containsText(text("import.outcome.UNKNOWN") + ": 0");
		assertThat(admin.locator("#import-counts")).containsText(text("import.outcome.AMBIGUOUS") + ": 1");

		// Naming one procedure of Sở Ngoại vụ would stop its other one: the preview says so by name.
		Locator stops = admin.locator("#import-stops");
		Locator stopped = stops.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
			.setHasText(conference.summary().code()));
		assertThat(stopped.getByRole(AriaRole.CELL)).hasText(new String[] { conference.summary().code(),
				conference.summary().name(), conference.summary().agency().name(),
				Long.toString(openDossiers(conference.id())) });
		assertThat(stops.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(abtc.summary().code())))
			.hasCount(0);
		// The ambiguous agency must be fixed first: there is nothing to publish yet.
		assertThat(admin.locator("#publish-form")).hasCount(0);
	}

	@Test
	void publishingAListThatLeavesProceduresOutWaitsForTheirConfirmation(Page admin) throws IOException {
		int unique = ThreadLocalRandom.current().nextInt(10_000, 100_000);
		String agencyName = "Sở Khoa học Thử nghiệm " + unique;
		AgencyId agency = this.administration.createAgency(new NewAgency("KH" + unique + ".H27",
				agencyName + " tỉnh Hà Tĩnh", AdminLevel.PROVINCE, null, null, null, null));
		ProcedureDetails listed = newProcedure("7." + unique + ".1.H27", "Cấp giấy phép thử nghiệm " + unique, agency);
		ProcedureDetails left = newProcedure("7." + unique + ".2.H27", "Đăng ký đề tài thử nghiệm " + unique, agency);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Tạ Văn Đề Tài", null);
		OnlineDossiers.submit(this.citizenDossiers, citizen, left,
				OnlineDossiers.ownContent(this.citizenDossiers, citizen, "0912345678", "Đăng ký đề tài"));
		// The list names only one of the two, and the agency without its province.
		Path list = csv("chi-mot-thu-tuc-" + unique + ".csv", String.join(",", listed.summary().code(),
				listed.summary().name(), agencyName, "Cấp tỉnh", "Toàn trình"));

		logIn(admin);
		read(admin, list);
		Locator stops = admin.locator("#import-stops");
		assertThat(stops.locator("tbody").getByRole(AriaRole.ROW).getByRole(AriaRole.CELL))
			.hasText(new String[] { left.summary().code(), left.summary().name(), agencyName + " tỉnh Hà Tĩnh", "1" });
		assertThat(stops.getByRole(AriaRole.HEADING)).hasText(text("import.stops.title", 1));

		String decision = unique + "/QĐ-UBND";
		admin.getByLabel(text("import.decisionNumber")).fill(decision);
		admin.getByLabel(text("import.decisionDate")).fill("2025-03-14");
		admin.getByLabel(text("import.effectiveFrom")).fill("2025-04-01");
		Locator confirm = admin.getByLabel(text("import.stops.confirm", 1, 1));
		assertThat(confirm).not().isChecked();
		// Without the confirmation the browser does not send the form, and nothing is published.
		button(admin, "import.publish.submit").click();
		assertThat(admin).hasURL(Pattern.compile("/admin/publications/imports/[0-9a-f-]{36}$"));
		assertThat((Boolean) confirm.evaluate("box => box.validity.valueMissing")).isTrue();
		assertThat(this.catalog.procedure(left.id()).orElseThrow().summary().acceptingDossiers()).isTrue();

		confirm.check();
		button(admin, "import.publish.submit").click();
		assertThat(admin).hasURL(Pattern.compile("/admin/publications$"));
		assertThat(admin.getByRole(AriaRole.STATUS)).hasText(text("import.published"));
		assertThat(this.catalog.procedure(left.id()).orElseThrow().summary().acceptingDossiers()).isFalse();
		assertThat(this.catalog.procedure(listed.id()).orElseThrow().summary().acceptingDossiers()).isTrue();
	}

	private ProcedureDetails procedure(String code) {
		return this.catalog.procedure(this.administration.procedureByCode(code).orElseThrow()).orElseThrow();
	}

	private ProcedureDetails newProcedure(String code, String name, AgencyId agency) {
		ProcedureId id = this.administration.createProcedure(new NewProcedure(code, name, "Thử nghiệm", agency,
				ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 10, 0, null, true, false, null, null, List.of()));
		return this.catalog.procedure(id).orElseThrow();
	}

	private long openDossiers(ProcedureId procedure) {
		return this.jdbc.queryForObject("select count(*) from dossier where procedure_id = ? and status in "
				+ "('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED', 'RESOLVED')", Long.class,
				procedure.value());
	}

	private Path csv(String name, String... rows) throws IOException {
		return Files.writeString(this.files.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n",
				StandardCharsets.UTF_8);
	}

	private void read(Page admin, Path list) {
		admin.navigate("/admin/publications");
		admin.getByLabel(text("import.file")).setInputFiles(list);
		button(admin, "import.read").click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("import.preview"));
	}

	private static void logIn(Page page) {
		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(AdminCatalogBrowserTest.ADMIN_LOGIN);
		page.getByLabel("Mật khẩu").fill(AdminCatalogBrowserTest.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile("/admin$"));
	}

	private Locator button(Page page, String key) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text(key)).setExact(true));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

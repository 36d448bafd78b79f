package vn.dvc.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.NewAgency;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.PortalBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrator publishes the province's yearly list in a real Chromium: upload the file, read
 * the preview, publish under the decision; then anyone finds the new procedure in the public
 * catalogue, typing without diacritics. The list names only an agency made for the test, so that
 * publishing it leaves the rest of the catalogue (which other tests use) as it is.
 */
@BrowserTest
class AdminCatalogBrowserTest {

	/** The demo administrator ({@code dvc.demo.password}). */
	static final String ADMIN_LOGIN = "admin";

	static final String DEMO_PASSWORD = "demo12345";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	CatalogAdministration administration;

	@Autowired
	MessageSource messages;

	@TempDir
	Path files;

	@Test
	void adminPublishesTheYearlyListAndAVisitorFindsTheNewProcedureWithoutDiacritics(Page admin, PortalBrowser browser)
			throws IOException {
		int unique = ThreadLocalRandom.current().nextInt(10_000, 100_000);
		String agencyName = "Ban Quản lý Khu du lịch Thiên Cầm " + unique;
		this.administration.createAgency(new NewAgency("T" + unique + ".H27", agencyName, AdminLevel.PROVINCE,
				"Thị trấn Thiên Cầm, huyện Cẩm Xuyên", null, null, null));
		String code = "9." + unique + "0.000.00.00.H27";
		String name = "Cấp phép bay khinh khí cầu phục vụ lễ hội du lịch biển đợt " + unique;
		String decision = unique + "/QĐ-UBND";
		LocalDate decisionDate = LocalDate.of(2025, 3, 14);
		LocalDate effectiveFrom = LocalDate.of(2025, 4, 1);
		Path list = this.files.resolve("danh-muc-" + unique + ".csv");
		Files.writeString(list, String.join("\n", "Mã thủ tục,Tên thủ tục,Cơ quan,Cấp,Mức độ",
				code + "," + name + "," + agencyName + ",Cấp tỉnh,Toàn trình", ""), StandardCharsets.UTF_8);

		// The administrator reads the list...
		logIn(admin, ADMIN_LOGIN, DEMO_PASSWORD, "/admin$");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName(text("admin.publications"))).click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(text("admin.publications"));
		admin.getByLabel(text("import.file")).setInputFiles(list);
		button(admin, "import.read").click();

		// ...sees the procedure is new to the catalogue...
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("import.preview"));
		assertThat(admin.locator("#import-counts")).containsText(text("import.outcome.NEW") + ": 1");
		Locator rows = admin.locator("#import-rows tbody").getByRole(AriaRole.ROW);
		assertThat(rows).hasCount(1);
		Locator cells = rows.first().getByRole(AriaRole.CELL);
		assertThat(cells).hasText(new String[] { "2", text("import.outcome.NEW"), code, name, agencyName,
				text("adminLevel.PROVINCE"), text("serviceLevel.FULL_ONLINE"), "" });

		// ...and publishes it under the decision.
		admin.getByLabel(text("import.decisionNumber")).fill(decision);
		admin.getByLabel(text("import.decisionDate")).fill(decisionDate.toString());
		admin.getByLabel(text("import.effectiveFrom")).fill(effectiveFrom.toString());
		button(admin, "import.publish.submit").click();
		assertThat(admin).hasURL(Pattern.compile("/admin/publications$"));
		assertThat(admin.getByRole(AriaRole.STATUS)).hasText(text("import.published"));
		Locator published = admin.locator("#publications").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(decision));
		assertThat(published.getByRole(AriaRole.CELL)).hasText(new String[] { decision, DAY.format(decisionDate),
				DAY.format(effectiveFrom), "1", "Quản trị hệ thống" });

		// Anyone finds it, typing without diacritics, and reads under which decision it is offered.
		Page visitor = browser.newAnonymousPage();
		visitor.navigate("/procedures");
		visitor.getByLabel(text("procedures.search.label")).fill("khinh khi cau le hoi du lich " + unique);
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("procedures.search.submit"))).click();
		assertThat(visitor.getByRole(AriaRole.STATUS)).hasText(text("procedures.count", 1));
		Locator found = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
		assertThat(found).isVisible();
		found.click();
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertThat(visitor.locator("main")).containsText(agencyName);
		assertThat(visitor.locator("#in-force")).hasText(text("procedure.inForce", decision, DAY.format(decisionDate),
				DAY.format(effectiveFrom)));
	}

	private static void logIn(Page page, String login, String password, String landing) {
		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(login);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile(landing));
	}

	private Locator button(Page page, String key) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text(key)).setExact(true));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

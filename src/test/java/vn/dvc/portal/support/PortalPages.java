package vn.dvc.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.StaffAdministration;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.dossier.CitizenDossiers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A walk over every type of page the portal has, as the person each page is for sees it: the
 * public pages, a citizen's (with a submitted dossier of their own, and the dossier form showing
 * its errors), the one-stop officer's desk and the administrator's lists, forms, publication
 * preview and statistics. Each page is handed to a check once it has loaded, under a short name
 * ("home", "desk dossier"), so that accessibility, narrow screens and the screenshots of the docs
 * all cover the same pages. A new page type belongs here.
 */
public final class PortalPages {

	/** What is done with each page once it is shown. */
	@FunctionalInterface
	public interface Check {

		void check(String pageType, Page page);

	}

	/** The demo officer of Sở Ngoại vụ, the agency of {@link DossierForms#conferenceProcedure}. */
	public static final String OFFICER_LOGIN = "canbo.songoaivu";

	public static final String ADMIN_LOGIN = "admin";

	/** The password of every demo account ({@code dvc.demo.password}). */
	public static final String DEMO_PASSWORD = "demo12345";

	/** The password {@link TestAccounts#activeCitizen} gives every citizen it creates. */
	public static final String CITIZEN_PASSWORD = "mot cau mat khau dai";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ApplicationContext context;

	private final PortalBrowser browser;

	private final int width;

	private final int height;

	private final MessageSource messages;

	/** Pages of the given size, in pixels. */
	public PortalPages(ApplicationContext context, PortalBrowser browser, int width, int height) {
		this.context = context;
		this.browser = browser;
		this.width = width;
		this.height = height;
		this.messages = context.getBean(MessageSource.class);
	}

	/** Shows every page type in turn and checks each. */
	public void visitEach(Check check) {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.context.getBean(Catalog.class));
		CitizenDossiers dossiers = this.context.getBean(CitizenDossiers.class);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Nguyễn Thị Thu",
				"thu." + UUID.randomUUID() + "@example.com");
		DossierForms.Filed dossier = OnlineDossiers.submit(dossiers, citizen, procedure,
				OnlineDossiers.ownContent(dossiers, citizen, "0912345678", "Đề nghị tổ chức hội thảo quốc tế về du lịch"));

		Page visitor = newPage();
		show(visitor, "/", "home", check);
		show(visitor, "/procedures", "catalogue", check);
		show(visitor, "/procedures?q=hoi+nghi", "catalogue search", check);
		show(visitor, "/procedures/" + procedure.id(), "procedure", check);
		show(visitor, "/register", "register", check);
		registerWithErrors(visitor);
		check.check("register with errors", visitor);
		show(visitor, "/login", "login", check);
		show(visitor, "/password/reset", "password reset", check);
		show(visitor, "/procedures/" + UUID.randomUUID(), "not found", check);
		show(visitor, "/track", "tracking", check);
		show(visitor, "/track?code=" + dossier.code(), "tracking result", check);

		Page person = newPage();
		logIn(person, citizen.getUsername(), CITIZEN_PASSWORD, "/my/dossiers$");
		show(person, "/my/dossiers", "my dossiers", check);
		show(person, "/my/dossiers/" + dossier.id(), "dossier page", check);
		show(person, "/dossiers/new?procedure=" + procedure.id(), "dossier form", check);
		person.locator("#submitterPhone").fill("");
		person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("dossier.action.submit"))).click();
		assertThat(person.locator("#error-summary")).isVisible();
		check.check("dossier form with errors", person);
		show(person, "/my/documents", "document store", check);
		show(person, "/my/account", "account", check);

		Page officer = newPage();
		logIn(officer, OFFICER_LOGIN, DEMO_PASSWORD, "/desk$");
		show(officer, "/desk", "desk queue", check);
		show(officer, "/desk/dossiers/" + dossier.id(), "desk dossier", check);
		show(officer, "/desk/intake", "intake", check);
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("intake.continue"))).click();
		assertThat(officer.locator("form[enctype='multipart/form-data']")).hasCount(1);
		check.check("intake form", officer);

		// An officer with a long login and an e-mail (so every action): a table far wider than a phone.
		String officer2 = "canbo.motcua.songoaivu.nguyenthithu." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		this.context.getBean(StaffAdministration.class)
			.createOfficer(officer2, "Cán bộ một cửa Nguyễn Thị Thu", procedure.summary().agency().id().value(),
					officer2 + "@example.com");

		Page admin = newPage();
		logIn(admin, ADMIN_LOGIN, DEMO_PASSWORD, "/admin$");
		show(admin, "/admin", "admin home", check);
		show(admin, "/admin/agencies", "admin agencies", check);
		show(admin, "/admin/agencies/new", "admin agency form", check);
		show(admin, "/admin/procedures", "admin procedures", check);
		show(admin, "/admin/procedures/new", "admin procedure form", check);
		show(admin, "/admin/procedures/" + procedure.id(), "admin procedure", check);
		show(admin, "/admin/officers", "admin officers", check);
		show(admin, "/admin/holidays", "admin holidays", check);
		show(admin, "/admin/audit", "admin audit", check);
		show(admin, "/admin/publications", "admin publications", check);
		readList(admin, procedure);
		check.check("publication preview", admin);
		show(admin, "/stats", "statistics", check);
	}

	/** A page for someone new, of this walk's size. */
	public Page newPage() {
		Page page = this.browser.newAnonymousPage();
		page.setViewportSize(this.width, this.height);
		return page;
	}

	/** Logs in through the login form and waits for the page the role lands on. */
	public static void logIn(Page page, String login, String password, String landing) {
		page.navigate("/login");
		page.locator("#login").fill(login);
		page.locator("#password").fill(password);
		page.locator("form[action$='/login'] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(landing));
	}

	private static void show(Page page, String path, String pageType, Check check) {
		page.navigate(path);
		assertThat(page.locator("main h1").first()).isVisible();
		check.check(pageType, page);
	}

	private void registerWithErrors(Page page) {
		page.locator("#fullName").fill("Phạm Thị Dung");
		page.locator("#phone").fill("12345");
		// The browser would stop at the first empty required field; the server's answer is the page.
		page.locator("form[action$='/register']").evaluate("form => form.noValidate = true");
		page.locator("form[action$='/register'] button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
	}

	/**
	 * Reads (never publishes) a list naming one procedure of the demo catalogue and a new one, so
	 * that the preview has a new row, an unchanged row and procedures it would stop.
	 */
	private void readList(Page admin, ProcedureDetails procedure) {
		int unique = ThreadLocalRandom.current().nextInt(10_000, 100_000);
		String csv = "Mã thủ tục,Tên thủ tục,Cơ quan,Cấp,Mức độ\n"
				+ String.join(",", procedure.summary().code(), "\"" + procedure.summary().name() + "\"", "Sở Ngoại vụ",
						"Cấp tỉnh", "Toàn trình")
				+ "\n" + String.join(",", "9." + unique + ".000.00.00.H27", "Đăng ký hoạt động thử nghiệm " + unique,
						"Sở Ngoại vụ", "Cấp tỉnh", "Toàn trình")
				+ "\n";
		admin.getByLabel(text("import.file"))
			.setInputFiles(new FilePayload("danh-muc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("import.read"))).click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(text("import.preview"));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}

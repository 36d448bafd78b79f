package vn.dvc.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.PortalBrowser;
import vn.dvc.portal.support.TestFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen does on the portal, in a real Chromium: register, activate from the mail, log in,
 * find a procedure without typing diacritics, file a dossier with postal return, and follow it.
 * Locators go by label and role, as a person (or a screen reader) finds things, so a label that is
 * not tied to its input fails these tests.
 */
@BrowserTest
class CitizenJourneyBrowserTest {

	static final String PROCEDURE = "Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền của Thủ tướng Chính phủ";

	/** The procedure's mandatory documents (demo catalogue); the third one is optional. */
	static final List<String> MANDATORY_DOCUMENTS = List.of(
			"Văn bản đề nghị cho phép tổ chức hội nghị, hội thảo quốc tế",
			"Đề án tổ chức hội nghị, hội thảo (mục đích, thời gian, địa điểm, thành phần, nội dung, nguồn kinh phí)");

	static final String OPTIONAL_DOCUMENT = "Danh sách đại biểu nước ngoài dự kiến tham dự";

	/** Sở Ngoại vụ, the agency that handles the procedure, numbers its dossiers with its code. */
	static final String AGENCY_CODE = "000.00.20.H27";

	static final Pattern DOSSIER_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.H27-\\d{6}-\\d{4}");

	/** The password {@link TestAccounts#activeCitizen} gives every citizen it creates. */
	static final String TEST_ACCOUNTS_PASSWORD = "mot cau mat khau dai";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@TempDir
	Path files;

	@Test
	void citizenRegistersActivatesFilesADossierWithPostalReturnAndFollowsIt(Page page, PortalBrowser browser)
			throws IOException {
		String idNumber = TestAccounts.newCccd();
		String email = "binh." + idNumber + "@example.com";
		String password = "hoa sen no tren mat ho";
		String citizenName = "Trần Thị Bình";
		String citizenPhone = "0987654321";
		String recipientName = "Lê Văn Cường";
		String recipientPhone = "0988745896";

		// Registration
		page.navigate("/register");
		page.getByLabel("Họ và tên").fill(citizenName);
		page.getByLabel("Ngày sinh").fill("1988-03-09");
		page.getByLabel("Địa chỉ").fill("Số 5 Phan Đình Phùng, thành phố Hà Tĩnh");
		page.getByLabel("Loại giấy tờ").selectOption("CCCD");
		page.getByLabel("Số CMND/CCCD (Tài khoản đăng nhập)").fill(idNumber);
		page.getByLabel(Pattern.compile("^\\s*Mật khẩu")).fill(password);
		page.getByLabel("Nhập lại mật khẩu").fill(password);
		page.getByLabel("Email").fill(email);
		page.getByLabel("Số điện thoại").fill(citizenPhone);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
		assertThat(page).hasURL(Pattern.compile("/register/done$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng ký thành công")))
			.isVisible();

		// Activation from the development mailbox
		page.navigate("/dev/mailbox");
		Locator mail = page.locator("article.mail-message")
			.filter(new Locator.FilterOptions().setHas(page.locator(".mail-recipient").getByText(email, new Locator.GetByTextOptions().setExact(true))));
		assertThat(mail).hasCount(1);
		assertThat(mail.getByRole(AriaRole.HEADING)).hasText("Kích hoạt tài khoản Cổng Dịch vụ công");
		assertThat(mail.locator(".mail-body")).containsText("Chào " + citizenName);
		Locator link = mail.locator("a.mail-link");
		assertThat(link).hasCount(1);
		String activationPath = PortalBrowser.pathOf(link.getAttribute("href"));
		assertThat(activationPath).startsWith("/activate?token=");
		page.navigate(activationPath);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kích hoạt")).click();
		assertThat(page).hasURL(Pattern.compile("/login\\?activated$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tài khoản đã được kích hoạt. Mời bạn đăng nhập.");

		// Login with the ID number
		logIn(page, idNumber, password);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hồ sơ của tôi"))).isVisible();
		assertThat(mainNavigation(page)).containsText(citizenName);

		// Finding the procedure without diacritics
		mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thủ tục hành chính")).click();
		page.getByLabel("Tìm thủ tục").fill("hoi nghi quoc te");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
		assertThat(page).hasURL(Pattern.compile("[?&]q=hoi\\+nghi\\+quoc\\+te"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROCEDURE).setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(PROCEDURE);

		// The dossier form
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tiếp nhận hồ sơ");
		Locator submitter = group(page, "Thông tin người nộp");
		assertThat(submitter.getByLabel("Họ và tên")).hasValue(citizenName);
		assertThat(submitter.getByLabel("Số điện thoại")).hasValue(citizenPhone);
		assertThat(submitter.getByLabel("Email")).hasValue(email);
		assertThat(page.getByLabel("Chủ hồ sơ là người nộp")).isChecked();
		page.getByLabel("Nội dung yêu cầu giải quyết").fill("Đề nghị cho phép tổ chức hội thảo quốc tế về du lịch biển Hà Tĩnh");

		Locator recipientNameField = page.getByLabel("Họ tên người nhận");
		assertThat(recipientNameField).isHidden();
		page.getByLabel("Nhận kết quả qua dịch vụ bưu chính công ích (BCCI)").check();
		assertThat(recipientNameField).isVisible();
		recipientNameField.fill(recipientName);
		page.getByLabel("Số điện thoại người nhận").fill(recipientPhone);
		page.getByLabel("Địa chỉ nhận").fill("Thôn Trung Sơn, xã Kỳ Sơn");
		page.getByLabel("Tỉnh, thành phố").selectOption("Tỉnh Hà Tĩnh");

		// Screen readers hear which documents are mandatory: exactly the two the catalogue says.
		assertThat(page.getByLabel("Bắt buộc")).hasCount(MANDATORY_DOCUMENTS.size());
		Path pdf = pdf("van-ban.pdf");
		for (String document : MANDATORY_DOCUMENTS) {
			Locator input = page.getByLabel(document);
			assertThat(input).hasAttribute("type", "file");
			input.setInputFiles(pdf);
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đi")).click();

		// The receipt
		assertThat(page).hasURL(Pattern.compile("/my/dossiers/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi hồ sơ thành công");
		Locator codeOnPage = page.locator("#dossier-code");
		assertThat(codeOnPage).hasText(DOSSIER_CODE);
		String code = codeOnPage.textContent().trim();
		assertThat(code).matches(DOSSIER_CODE).startsWith(AGENCY_CODE + "-");
		Locator documents = page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions().setHasText("SHA-256"));
		assertThat(documents.getByRole(AriaRole.ROW)).hasCount(1 + MANDATORY_DOCUMENTS.size());

		// Hồ sơ của tôi
		mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hồ sơ của tôi")).click();
		Locator row = page.locator("#my-dossiers").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(code));
		assertThat(row).hasCount(1);
		assertThat(row.getByRole(AriaRole.CELL).nth(0)).hasText(code);
		assertThat(row.getByRole(AriaRole.CELL).nth(1)).containsText(PROCEDURE);
		assertThat(row.getByRole(AriaRole.CELL).nth(2)).hasText("Mới đăng ký");

		// Anyone may follow the dossier by its code, and sees nothing personal.
		Page stranger = browser.newAnonymousPage();
		stranger.navigate("/track?code=" + code);
		assertThat(mainNavigation(stranger).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đăng nhập")))
			.isVisible();
		Locator result = stranger.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Kết quả tra cứu"));
		assertThat(result).containsText(code);
		assertThat(result).containsText(PROCEDURE);
		assertThat(result).containsText("Mới đăng ký");
		Locator everything = stranger.locator("body");
		for (String personal : List.of(citizenName, citizenPhone, email, idNumber, recipientName, recipientPhone,
				"Kỳ Sơn")) {
			assertThat(everything).not().containsText(personal);
		}
	}

	@Test
	void registrationWithABadPhoneAndDifferentPasswordsExplainsBothAndKeepsWhatWasTyped(Page page) {
		page.navigate("/register");
		page.getByLabel("Họ và tên").fill("Phạm Thị Dung");
		page.getByLabel("Ngày sinh").fill("1979-11-30");
		page.getByLabel("Địa chỉ").fill("Thôn 3, xã Cẩm Xuyên");
		page.getByLabel("Số CMND/CCCD (Tài khoản đăng nhập)").fill(TestAccounts.newCccd());
		page.getByLabel(Pattern.compile("^\\s*Mật khẩu")).fill("mot cau mat khau dai");
		page.getByLabel("Nhập lại mật khẩu").fill("mot cau mat khau khac");
		page.getByLabel("Số điện thoại").fill("12345");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();

		String badPhone = text("registration.phone.format");
		String mismatch = text("registration.passwordRepeat.mismatch");
		assertThat(page).hasURL(Pattern.compile("/register$"));

		// The summary lists exactly the two problems, each linked to its field.
		Locator summary = page.getByRole(AriaRole.ALERT);
		assertThat(summary).containsText(text("form.errors.summary"));
		assertThat(summary.getByRole(AriaRole.LISTITEM)).hasCount(2);
		assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(badPhone)))
			.hasAttribute("href", "#phone");
		assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(mismatch)))
			.hasAttribute("href", "#passwordRepeat");

		// Next to each field, and announced with it.
		Locator phone = page.getByLabel("Số điện thoại");
		assertThat(phone).hasAttribute("aria-invalid", "true");
		assertThat(phone).hasAccessibleDescription(badPhone);
		assertThat(page.locator("#phone-error")).isVisible();
		Locator repeat = page.getByLabel("Nhập lại mật khẩu");
		assertThat(repeat).hasAttribute("aria-invalid", "true");
		assertThat(repeat).hasAccessibleDescription(mismatch);
		assertThat(page.locator("#passwordRepeat-error")).isVisible();
		assertThat(page.getByLabel("Họ và tên")).hasAttribute("aria-invalid", "false");

		// What was typed stays, except the secrets.
		assertThat(page.getByLabel("Họ và tên")).hasValue("Phạm Thị Dung");
		assertThat(page.getByLabel("Địa chỉ")).hasValue("Thôn 3, xã Cẩm Xuyên");
		assertThat(phone).hasValue("12345");
		assertThat(page.getByLabel(Pattern.compile("^\\s*Mật khẩu"))).hasValue("");
		assertThat(repeat).hasValue("");
	}

	@Test
	void onAPhoneTheProcedureAndTheDossierFormFitTheScreenAndTheMenuFolds(Page page) {
		String login = citizen("Hoàng Văn Em");
		logIn(page, login, TEST_ACCOUNTS_PASSWORD);
		page.navigate("/procedures?q=hoi+nghi+quoc+te");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROCEDURE).setExact(true)).click();

		// On a desktop the menu is open and there is no toggler...
		Locator toggler = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hoặc đóng trình đơn"));
		Locator procedures = mainNavigation(page).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Thủ tục hành chính"));
		assertThat(toggler).isHidden();
		assertThat(procedures).isVisible();

		// ...on a 375 px phone it folds behind the toggler, and opens with it.
		page.setViewportSize(375, 740);
		assertThat(toggler).isVisible();
		assertThat(toggler).hasAttribute("aria-expanded", "false");
		assertThat(procedures).isHidden();
		assertNoHorizontalScroll(page);
		toggler.click();
		assertThat(toggler).hasAttribute("aria-expanded", "true");
		assertThat(procedures).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tiếp nhận hồ sơ");
		assertThat(toggler).isVisible();
		assertThat(procedures).isHidden();
		assertNoHorizontalScroll(page);
		page.getByLabel("Nhận kết quả qua dịch vụ bưu chính công ích (BCCI)").check();
		assertThat(page.getByLabel("Tỉnh, thành phố")).isVisible();
		assertNoHorizontalScroll(page);
	}

	@Test
	void sendingWithoutTheMandatoryDocumentsKeepsADraftAndSaysWhatIsMissing(Page page) throws IOException {
		String login = citizen("Võ Thị Gấm");
		logIn(page, login, TEST_ACCOUNTS_PASSWORD);
		page.navigate("/procedures?q=hoi+nghi+quoc+te");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROCEDURE).setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
		String content = "Đề nghị tổ chức hội nghị quốc tế về nông nghiệp";
		page.getByLabel("Nội dung yêu cầu giải quyết").fill(content);
		// Only the optional document is attached.
		page.getByLabel(OPTIONAL_DOCUMENT).setInputFiles(pdf("danh-sach.pdf"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đi")).click();

		Locator problems = page.locator("#submit-problems");
		assertThat(problems).hasAttribute("role", "alert");
		assertThat(problems).containsText(text("dossier.savedButNotSubmitted"));
		assertThat(problems).containsText(text("dossier.missing.intro"));
		assertThat(problems.getByRole(AriaRole.LISTITEM)).hasText(MANDATORY_DOCUMENTS.toArray(String[]::new));
		assertThat(page.getByLabel("Nội dung yêu cầu giải quyết")).hasValue(content);
		assertThat(page.locator(".attached-file")).hasCount(1);
		assertThat(page.locator(".attached-file")).containsText("danh-sach.pdf");

		mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hồ sơ của tôi")).click();
		Locator rows = page.locator("#my-dossiers tbody").getByRole(AriaRole.ROW);
		assertThat(rows).hasCount(1);
		assertThat(rows.getByRole(AriaRole.CELL).nth(0)).hasText(text("dossier.code.none"));
		assertThat(rows.getByRole(AriaRole.CELL).nth(1)).containsText(PROCEDURE);
		assertThat(rows.getByRole(AriaRole.CELL).nth(2)).hasText("Hồ sơ nháp");
	}

	private String citizen(String fullName) {
		PortalUser user = TestAccounts.activeCitizen(this.context, fullName,
				"browser." + System.nanoTime() + "@example.com");
		return user.getUsername();
	}

	private static void logIn(Page page, String login, String password) {
		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(login);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers$"));
	}

	private static Locator mainNavigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"));
	}

	private static Locator group(Page page, String legend) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
	}

	private static void assertNoHorizontalScroll(Page page) {
		@SuppressWarnings("unchecked")
		Map<String, Object> widths = (Map<String, Object>) page.evaluate(
				"() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })");
		assertThat(((Number) widths.get("inner")).intValue()).as("viewport width").isEqualTo(375);
		assertThat(((Number) widths.get("scroll")).intValue()).as("page width on %s", page.url())
			.isLessThanOrEqualTo(375);
	}

	private Path pdf(String name) throws IOException {
		return Files.write(this.files.resolve(name), TestFiles.pdf());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}

package vn.dvc.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.PortalBrowser;
import vn.dvc.portal.support.TestFiles;
import vn.dvc.testidp.TestIdentityProvider;
import vn.dvc.testidp.TestPerson;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A citizen with a national e-identity, in a real Chromium: signs in through the (test) identity
 * provider without registering, files a dossier with the details the e-identity gave, sees the
 * link on their account, and logs out of the portal and of the provider.
 */
@BrowserTest
class VneidBrowserTest {

	@TempDir
	Path files;

	@Test
	void aCitizenSignsInWithTheEidFilesADossierAndLogsOut(Page page, PortalBrowser browser) throws IOException {
		TestIdentityProvider provider = TestIdentityProvider.shared().allowPortal(browser.baseUrl());
		TestPerson person = provider.add(TestPerson.citizen(TestAccounts.newCccd(), "Phan Thị Quỳnh"));

		page.navigate("/login");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Đăng nhập bằng tài khoản định danh điện tử VNeID"))
			.click();

		// At the identity provider
		assertThat(page).hasURL(provider.issuer() + "/login");
		page.getByLabel("Người dùng thử").selectOption(person.subject());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

		// Back on the portal, signed in to an account opened from the e-identity
		assertThat(page).hasURL(Pattern.compile("/my/dossiers$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hồ sơ của tôi"))).isVisible();
		assertThat(mainNavigation(page)).containsText("Phan Thị Quỳnh");

		// Filing a dossier: the submitter is who the e-identity said
		mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thủ tục hành chính")).click();
		page.getByLabel("Tìm thủ tục").fill("hoi nghi quoc te");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(CitizenJourneyBrowserTest.PROCEDURE).setExact(true))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
		Locator submitter = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Thông tin người nộp"));
		assertThat(submitter.getByLabel("Họ và tên")).hasValue("Phan Thị Quỳnh");
		assertThat(submitter.getByLabel("Số điện thoại")).hasValue(person.phone());
		assertThat(submitter.getByLabel("Email")).hasValue(person.email());
		page.getByLabel("Nội dung yêu cầu giải quyết").fill("Đề nghị cho phép tổ chức hội thảo quốc tế về biển đảo");
		Path pdf = Files.write(this.files.resolve("van-ban.pdf"), TestFiles.pdf());
		for (String document : CitizenJourneyBrowserTest.MANDATORY_DOCUMENTS) {
			page.getByLabel(document).setInputFiles(pdf);
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đi")).click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi hồ sơ thành công");
		assertThat(page.locator("#dossier-code")).hasText(CitizenJourneyBrowserTest.DOSSIER_CODE);

		// The account shows its e-identity, which it cannot drop (it has no password of its own)
		mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tài khoản")).click();
		assertThat(page.locator("#profile-details")).containsText(person.idNumber());
		assertThat(page.locator(".vneid-link")).containsText("Đã liên kết với tài khoản định danh điện tử VNeID");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy liên kết"))).hasCount(0);

		// Logging out goes through the provider's logout and back to the home page
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
		assertThat(page).hasURL(browser.baseUrl() + "/?loggedOut");
		assertThat(mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đăng nhập")))
			.isVisible();
		page.navigate("/login");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Đăng nhập bằng tài khoản định danh điện tử VNeID"))
			.click();
		assertThat(page.getByLabel("Người dùng thử")).isVisible();
	}

	private static Locator mainNavigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"));
	}

}

package vn.dvc.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.FeeProcedure;
import vn.dvc.portal.support.TestFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in a real Chromium: a citizen submits a dossier whose fee is paid online, pays it on the
 * simulated gateway's page (another origin, as VNPay's is), comes back to the portal, and finds the
 * electronic receipt in the document store ("Kho dữ liệu").
 */
@BrowserTest
class PaymentBrowserTest {

	@Autowired
	ApplicationContext context;

	@TempDir
	Path files;

	@Test
	void citizenSubmitsPaysOnTheTestGatewayComesBackAndFindsTheReceipt(Page page) throws IOException {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hoàng Văn Em", null);
		ProcedureDetails procedure = FeeProcedure.of(this.context);
		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(citizen.getUsername());
		page.getByLabel("Mật khẩu").fill("mot cau mat khau dai");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers$"));

		// Submit
		page.navigate("/procedures/" + procedure.id().value());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
		page.getByLabel("Nội dung yêu cầu giải quyết").fill("Đề nghị phê duyệt điều lệ hội sửa đổi");
		page.getByLabel("Số điện thoại").first().fill("0912000111");
		Path pdf = Files.write(this.files.resolve("van-ban.pdf"), TestFiles.pdf());
		for (RequirementDetails requirement : DossierForms.mandatory(procedure)) {
			page.getByLabel(requirement.name()).setInputFiles(pdf);
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đi")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi hồ sơ thành công");

		// The fee, due at filing, is paid right away from the dossier page.
		Locator fees = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Phí, lệ phí"));
		assertThat(fees).containsText("150.000 đồng");
		assertThat(fees).containsText("Chưa thanh toán");
		fees.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thanh toán trực tuyến")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("cổng thanh toán THỬ NGHIỆM");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếp tục tới cổng thanh toán")).click();

		// The simulated gateway, on its own port, says it is a test gateway.
		assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/paymentv2/vpcpay\\.html\\?"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("CỔNG THANH TOÁN THỬ NGHIỆM");
		assertThat(page.locator("#amount")).hasText("150.000 VND");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thanh toán (thử nghiệm)")).click();

		// Back on the portal
		assertThat(page).hasURL(Pattern.compile("/payments/vnpay/return\\?"));
		assertThat(page.locator("#payment-result")).containsText("Thanh toán thành công");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem hồ sơ")).click();
		Locator paid = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Phí, lệ phí"));
		assertThat(paid).containsText("Đã thanh toán");
		assertThat(paid.getByRole(AriaRole.BUTTON)).hasCount(0);

		// The receipt in Kho dữ liệu
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kho dữ liệu"))
			.click();
		Locator receipt = page.locator("#store-documents")
			.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Biên lai điện tử"));
		assertThat(receipt).hasCount(1);
		assertThat(receipt).containsText("150.000 đồng");
		Download download = page.waitForDownload(() -> receipt.getByRole(AriaRole.LINK).first().click());
		byte[] bytes = Files.readAllBytes(download.path());
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

}

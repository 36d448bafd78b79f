package vn.dvc.portal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.FinishedDossiers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, the citizen opens their returned dossier, is invited to rate it, answers the
 * survey, is thanked, and is not invited again.
 */
@BrowserTest
class RatingBrowserTest {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCitizenRatesTheirReturnedDossierOnce(Page page) {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Nguyễn Văn Tâm", "tam-" + UUID.randomUUID() + "@example.com");
		DossierForms.Filed dossier = FinishedDossiers.returned(this.context, citizen);

		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(citizen.getUsername());
		page.getByLabel("Mật khẩu").fill("mot cau mat khau dai");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers$"));
		page.locator("#my-dossiers")
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(dossier.code()))
			.click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers/" + dossier.id() + "$"));

		assertThat(page.locator("#rating-offer")).containsText(text("rating.offer.title"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("rating.offer.start")).setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("rating.title"));

		List<String> questions = this.jdbc.queryForList(
				"select question from rating_criterion where retired_at is null and scale = 'SATISFACTION' order by position",
				String.class);
		assertThat(questions).isNotEmpty();
		for (String question : questions) {
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
				.getByLabel(text("rating.answer.SATISFIED"), new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
				.check();
		}
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Số lần phải đi lại, liên hệ để hoàn thành hồ sơ"))
			.getByLabel(text("rating.answer.CONTACTS_NONE"), new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
			.check();
		page.getByLabel(text("rating.comment")).fill("Cán bộ hướng dẫn rất nhiệt tình");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("rating.submit")).setExact(true)).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("rating.thanks"));
		assertThat(page.locator("#rating-summary")).containsText(text("rating.thanks.title"));
		assertThat(page.locator("#rating-answers")).containsText("Cán bộ hướng dẫn rất nhiệt tình");
		assertThat(page.locator("#rating-form")).hasCount(0);

		// Back on the dossier: no second invitation, only the rating given.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(dossier.code()).setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile("/my/dossiers/" + dossier.id() + "$"));
		assertThat(page.locator("#rating-offer")).hasCount(0);
		assertThat(page.locator("#rating-given")).isVisible();
		assertThat(this.jdbc.queryForObject("select count(*) from rating where dossier_id = ?", Integer.class, dossier.id()))
			.isEqualTo(1);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

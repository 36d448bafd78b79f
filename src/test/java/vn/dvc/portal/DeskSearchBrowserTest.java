package vn.dvc.portal;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.OnlineDossiers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer looks a dossier up at the desk in a real Chromium, the way a person at the counter or
 * on the phone gives it: its whole code, their ID number, their phone number, their name. The
 * dossier has left the tab the desk opens on (it was received), and the search finds it anyway.
 */
@BrowserTest
class DeskSearchBrowserTest {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	Catalog catalog;

	@Autowired
	CitizenDossiers citizenDossiers;

	@Autowired
	DeskDossiers desk;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfficerFindsAReceivedDossierByItsCodeIdNumberPhoneOrNameFromTheWaitingTab(Page officer) {
		int unique = ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
		String name = "Lương Thị Hỏi Han " + unique;
		String phone = String.format("086%07d", unique);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, name, null);
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		Filed received = OnlineDossiers.submit(this.citizenDossiers, citizen, procedure,
				OnlineDossiers.ownContent(this.citizenDossiers, citizen, phone, "Hội thảo hợp tác giáo dục"));
		PortalUser canbo = TestAccounts.staff(this.context, DeskBrowserTest.OFFICER_LOGIN);
		this.desk.receive(canbo, new DossierId(received.id()), version(received));

		// The desk opens on "waiting for receipt"; the dossier is no longer there.
		logIn(officer);
		assertThat(officer.locator(".nav-tabs .nav-link.active")).containsText(text("desk.tab.WAITING"));

		// Its whole code, typed as read from the receipt, opens it.
		search(officer, received.code().toLowerCase(Locale.ROOT));
		assertThat(officer).hasURL(Pattern.compile("/desk/dossiers/" + received.id() + "$"));
		assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(received.code());
		assertThat(officer.locator("main .status-badge").first()).hasText(text("dossier.status.RECEIVED"));

		// So do the person's ID number and phone number, in the forms people say them.
		for (String typed : new String[] { citizen.getUsername(),
				"+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7) }) {
			officer.navigate("/desk");
			search(officer, typed);
			assertThat(officer).hasURL(Pattern.compile("/desk/dossiers/" + received.id() + "$"));
		}

		// A second dossier of the same person: the phone number now lists both, from every tab.
		Filed waiting = OnlineDossiers.submit(this.citizenDossiers, citizen, procedure,
				OnlineDossiers.ownContent(this.citizenDossiers, citizen, phone, "Hội thảo lần hai"));
		officer.navigate("/desk");
		search(officer, phone);
		Locator rows = officer.locator("#desk-queue tbody").getByRole(AriaRole.ROW);
		assertThat(rows).hasCount(2);
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(received.code())))
			.containsText(text("dossier.status.RECEIVED"));
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(waiting.code())))
			.containsText(text("dossier.status.SUBMITTED"));
		assertThat(officer.locator("#search-every-tab")).containsText(text("desk.search.everyTab"));

		// Words of the name search the open tab, and say where else there are matches.
		officer.locator(".nav-tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(text("desk.tab.CLOSED"))).click();
		search(officer, "luong thi hoi han " + unique);
		assertThat(officer.getByRole(AriaRole.STATUS)).hasText(text("desk.count", 0));
		Locator elsewhere = officer.locator("#search-elsewhere");
		assertThat(elsewhere).containsText(text("desk.search.onlyElsewhere", text("desk.tab.CLOSED")));
		elsewhere.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName(text("desk.search.inTab", text("desk.tab.IN_PROGRESS"), 1))).click();
		assertThat(officer.locator(".nav-tabs .nav-link.active")).containsText(text("desk.tab.IN_PROGRESS"));
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText(received.code());
		assertThat(officer.locator("#search-elsewhere"))
			.containsText(text("desk.search.inTab", text("desk.tab.WAITING"), 1));
	}

	private long version(Filed filed) {
		return this.jdbc.queryForObject("select version from dossier where id = ?", Long.class, filed.id());
	}

	private void search(Page page, String typed) {
		page.getByLabel(text("desk.search.text")).fill(typed);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("desk.search.submit")).setExact(true))
			.click();
	}

	private static void logIn(Page page) {
		page.navigate("/login");
		page.getByLabel("Số CMND/CCCD hoặc tên đăng nhập").fill(DeskBrowserTest.OFFICER_LOGIN);
		page.getByLabel("Mật khẩu").fill(DeskBrowserTest.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile("/desk$"));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

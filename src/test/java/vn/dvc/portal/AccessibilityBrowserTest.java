package vn.dvc.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.FileChooser;
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
import vn.dvc.portal.support.PortalPages;
import vn.dvc.portal.support.TestFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal for people who do not use a mouse or a wide screen, in a real Chromium: axe-core finds
 * no serious or critical WCAG 2.1 AA violation on any page type, the citizen's journey is done
 * with the keyboard alone with the focus always visible, and at 375 px nothing scrolls sideways
 * and every table can be read.
 */
@BrowserTest
class AccessibilityBrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	static final String PROCEDURE = CitizenJourneyBrowserTest.PROCEDURE;

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** More Tab presses than any page here has stops before the wanted one. */
	static final int MAX_TABS = 80;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@TempDir
	Path files;

	@Test
	void noPageTypeHasASeriousOrCriticalWcag21AaViolation(PortalBrowser browser) {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		new PortalPages(this.context, browser, 1280, 800).visitEach((pageType, page) -> {
			AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
			assertThat(results.isErrored()).as("axe on %s: %s", pageType, results.getErrorMessage()).isFalse();
			List<String> found = new ArrayList<>();
			for (Rule rule : results.getViolations()) {
				if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
					for (CheckedNode node : rule.getNodes()) {
						found.add(rule.getId() + " (" + rule.getImpact() + ") " + node.getTarget());
					}
				}
			}
			violations.put(pageType, found);
		});
		System.out.println("axe-core, serious and critical WCAG 2.1 AA violations " + report(violations));
		assertThat(violations).as("page types").hasSizeGreaterThan(30);
		assertThat(violations).as(report(violations)).allSatisfy((pageType, found) -> assertThat(found).isEmpty());
	}

	@Test
	void at375PixelsNoPageScrollsSidewaysAndEveryTableIsStackedOrScrollsWithACaption(PortalBrowser browser) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		new PortalPages(this.context, browser, 375, 740).visitEach((pageType, page) -> {
			List<String> found = new ArrayList<>();
			int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
			if (width > 375) {
				found.add("page is " + width + " px wide: " + widestElements(page));
			}
			@SuppressWarnings("unchecked")
			List<String> tables = (List<String>) page.evaluate(UNREADABLE_TABLES);
			found.addAll(tables);
			// A box that scrolls must be reachable with the keyboard to be scrolled.
			AxeResults scrolling = new AxeBuilder(page).withRules(List.of("scrollable-region-focusable")).analyze();
			for (Rule rule : scrolling.getViolations()) {
				rule.getNodes().forEach(node -> found.add(rule.getId() + " " + node.getTarget()));
			}
			problems.put(pageType, found);
		});
		System.out.println("At 375 px, problems " + report(problems));
		assertThat(problems).as("page types").hasSizeGreaterThan(30);
		assertThat(problems).as(report(problems)).allSatisfy((pageType, found) -> assertThat(found).isEmpty());
	}

	@Test
	void theCitizenFilesADossierWithTheKeyboardAloneSeeingWhereTheFocusIsAndHearingTheErrors(Page page)
			throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Đặng Văn Phím",
				"phim." + UUID.randomUUID() + "@example.com");
		page.navigate("/");

		// The first stop is the link that skips the header, shown when it has the focus.
		page.keyboard().press("Tab");
		Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("layout.skip")));
		assertThat(skip).isFocused();
		assertThat(skip.boundingBox().width).isGreaterThan(10);
		assertThat(skip).hasAttribute("href", "#main");

		// Log in: the login link of the menu, then the form, Enter to send.
		tabTo(page, mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("layout.nav.login"))));
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		tabTo(page, page.getByLabel(text("login.login")));
		page.keyboard().type(citizen.getUsername());
		tabTo(page, page.getByLabel(text("login.password")));
		page.keyboard().type(PortalPages.CITIZEN_PASSWORD);
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/my/dossiers$"));

		// Find the procedure and open its form.
		tabTo(page, mainNavigation(page).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName(text("layout.nav.procedures"))));
		page.keyboard().press("Enter");
		tabTo(page, page.getByLabel(text("procedures.search.label")));
		page.keyboard().type("hoi nghi quoc te");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("[?&]q=hoi\\+nghi\\+quoc\\+te"));
		tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROCEDURE).setExact(true)));
		page.keyboard().press("Enter");
		tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("procedure.apply"))));
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(text("dossier.form.title"));

		// The form: the phone number wiped out by mistake, the request typed, postal return tried
		// with Space and left.
		Locator phone = page.locator("#submitterPhone");
		tabTo(page, phone);
		page.keyboard().press("Control+A");
		page.keyboard().press("Backspace");
		tabTo(page, page.getByLabel(text("dossier.content.label")));
		page.keyboard().type("Đề nghị cho phép tổ chức hội thảo quốc tế về du lịch");
		Locator postal = page.getByLabel(text("dossier.postal.choose"));
		tabTo(page, postal);
		page.keyboard().press("Space");
		assertThat(postal).isChecked();
		assertThat(page.getByLabel(text("dossier.recipient.name"))).isVisible();
		page.keyboard().press("Space");
		assertThat(postal).not().isChecked();
		assertThat(page.getByLabel(text("dossier.recipient.name"))).isHidden();
		tabTo(page, submitButton(page));
		page.keyboard().press("Enter");

		// The failed submit: the summary takes the focus (a screen reader reads it), and its link
		// leads to the field.
		Locator summary = page.locator("#error-summary");
		assertThat(summary).isVisible();
		assertThat(summary).isFocused();
		Locator toPhone = summary.getByRole(AriaRole.LINK);
		assertThat(toPhone).hasAttribute("href", "#submitterPhone");
		tabTo(page, toPhone);
		page.keyboard().press("Enter");
		tabTo(page, phone);
		page.keyboard().type("0912345678");

		// The documents: Space on a file input opens the chooser.
		Path pdf = Files.write(this.files.resolve("van-ban.pdf"), TestFiles.pdf());
		List<FileChooser> choosers = new ArrayList<>();
		page.onFileChooser(chooser -> {
			choosers.add(chooser);
			chooser.setFiles(pdf);
		});
		for (String document : CitizenJourneyBrowserTest.MANDATORY_DOCUMENTS) {
			Locator input = page.getByLabel(document);
			tabTo(page, input);
			int opened = choosers.size();
			page.keyboard().press("Space");
			page.waitForCondition(() -> choosers.size() > opened);
			assertThat(((Number) input.evaluate("input => input.files.length")).intValue()).as(document).isEqualTo(1);
		}
		assertThat(choosers).hasSize(CitizenJourneyBrowserTest.MANDATORY_DOCUMENTS.size());
		tabTo(page, submitButton(page));
		page.keyboard().press("Enter");

		assertThat(page).hasURL(Pattern.compile("/my/dossiers/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(text("dossier.submitted.title"));
		assertThat(page.locator("#dossier-code")).hasText(CitizenJourneyBrowserTest.DOSSIER_CODE);
	}

	/**
	 * Presses Tab until the target has the focus, checking on every stop that the focus can be
	 * seen: an outline of at least 2 px, or the browser's own focus ring.
	 */
	private static void tabTo(Page page, Locator target) {
		target.waitFor();
		for (int presses = 0; presses < MAX_TABS; presses++) {
			page.keyboard().press("Tab");
			@SuppressWarnings("unchecked")
			Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUSED);
			if (!Boolean.TRUE.equals(focus.get("body"))) {
				assertThat((Boolean) focus.get("visible")).as("focus outline of %s on %s: %s %s", focus.get("element"),
						page.url(), focus.get("style"), focus.get("width")).isTrue();
			}
			if ((Boolean) target.evaluate("element => element === document.activeElement")) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + target + " on " + page.url());
	}

	private static final String FOCUSED = """
			() => {
			  const e = document.activeElement;
			  if (!e || e === document.body) { return { body: true }; }
			  const s = getComputedStyle(e);
			  const width = parseFloat(s.outlineWidth) || 0;
			  return {
			    body: false,
			    element: e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim().slice(0, 40),
			    style: s.outlineStyle, width: s.outlineWidth,
			    visible: s.outlineStyle === 'auto' || (s.outlineStyle !== 'none' && width >= 2)
			  };
			}""";

	/**
	 * The tables a person on a phone cannot read: neither stacked (shown as blocks) nor inside a
	 * container that scrolls sideways, or without a caption that says what they hold (read by a
	 * screen reader, and naming the scrolling box).
	 */
	private static final String UNREADABLE_TABLES = """
			() => Array.from(document.querySelectorAll('main table'))
			  .filter(table => table.getClientRects().length > 0)
			  .flatMap(table => {
			    const name = table.id ? '#' + table.id : table.outerHTML.slice(0, 60);
			    const stacked = getComputedStyle(table).display !== 'table';
			    let scrolls = false;
			    for (let e = table.parentElement; e && e !== document.body; e = e.parentElement) {
			      const overflow = getComputedStyle(e).overflowX;
			      if (overflow === 'auto' || overflow === 'scroll') { scrolls = true; break; }
			    }
			    const problems = [];
			    if (!stacked && !scrolls) { problems.push('table ' + name + ' neither stacked nor scrollable'); }
			    if (!table.caption || table.caption.textContent.trim() === '') {
			      problems.push('table ' + name + ' without a caption');
			    }
			    return problems;
			  })""";

	/** What sticks out of a page too wide for the phone, to know what to fix. */
	private static String widestElements(Page page) {
		return String.valueOf(page.evaluate("""
				() => Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				  .slice(0, 5)
				  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + Array.from(e.classList).join('.')
				    + ' right=' + Math.round(e.getBoundingClientRect().right))"""));
	}

	private static String report(Map<String, List<String>> byPage) {
		StringBuilder report = new StringBuilder("per page type:\n");
		byPage.forEach((pageType, found) -> {
			report.append("  ").append(pageType).append(": ").append(found.size()).append('\n');
			found.forEach(problem -> report.append("      ").append(problem).append('\n'));
		});
		return report.toString();
	}

	private static Locator mainNavigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"));
	}

	private Locator submitButton(Page page) {
		return page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(text("dossier.action.submit")).setExact(true));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}

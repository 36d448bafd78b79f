package vn.dvc.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.dvc.portal.support.BrowserTest;
import vn.dvc.portal.support.PortalBrowser;
import vn.dvc.portal.support.PortalPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the screenshots of {@code docs/tour.md}: the main pages as a person sees them, 1280 x 800,
 * and two on a 375 px phone. Not a check, so it runs only when asked:
 * {@code ./mvnw test -Dtest=TourScreenshotsBrowserTest -Ddvc.tour=true}, and the PNGs under
 * {@code docs/tour/} are committed.
 */
@BrowserTest
@EnabledIfSystemProperty(named = "dvc.tour", matches = "true")
class TourScreenshotsBrowserTest {

	static final Path TOUR = Path.of("docs", "tour");

	/** The page types of {@link PortalPages} shown in the tour, and their file names. */
	static final Map<String, String> DESKTOP = new LinkedHashMap<>();

	static final Map<String, String> PHONE = new LinkedHashMap<>();

	static {
		DESKTOP.put("home", "01-home");
		DESKTOP.put("catalogue search", "02-catalogue");
		DESKTOP.put("procedure", "03-procedure");
		DESKTOP.put("register with errors", "04-register-errors");
		DESKTOP.put("dossier form with errors", "05-dossier-form-errors");
		DESKTOP.put("dossier page", "06-dossier");
		DESKTOP.put("my dossiers", "07-my-dossiers");
		DESKTOP.put("tracking result", "08-tracking");
		DESKTOP.put("desk queue", "09-desk-queue");
		DESKTOP.put("desk dossier", "10-desk-dossier");
		DESKTOP.put("intake form", "11-intake");
		DESKTOP.put("admin procedures", "12-admin-procedures");
		DESKTOP.put("publication preview", "13-publication-preview");
		DESKTOP.put("statistics", "14-statistics");
		PHONE.put("procedure", "15-phone-procedure");
		PHONE.put("dossier form with errors", "16-phone-dossier-form");
	}

	/** Kept small enough for a repository. */
	static final long MAX_BYTES = 200 * 1024;

	@Autowired
	ApplicationContext context;

	@Test
	void screenshotsOfTheMainPages(PortalBrowser browser) throws IOException {
		Files.createDirectories(TOUR);
		new PortalPages(this.context, browser, 1280, 800).visitEach((pageType, page) -> shoot(DESKTOP, pageType, page));
		new PortalPages(this.context, browser, 375, 740).visitEach((pageType, page) -> shoot(PHONE, pageType, page));
		for (String name : DESKTOP.values()) {
			assertThat(Files.size(TOUR.resolve(name + ".png"))).as(name).isLessThan(MAX_BYTES);
		}
		for (String name : PHONE.values()) {
			assertThat(Files.size(TOUR.resolve(name + ".png"))).as(name).isLessThan(MAX_BYTES);
		}
	}

	private static void shoot(Map<String, String> wanted, String pageType, Page page) {
		String name = wanted.get(pageType);
		if (name != null) {
			// The view a person has on arrival, not the whole length of the page.
			page.screenshot(new Page.ScreenshotOptions().setPath(TOUR.resolve(name + ".png")).setAnimations(ScreenshotAnimations.DISABLED));
		}
	}

}

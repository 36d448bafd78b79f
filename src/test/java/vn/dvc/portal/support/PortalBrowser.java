package vn.dvc.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * One test's view of the portal in Chromium: its main {@link #page()}, more pages in separate
 * browser contexts (another person, with no shared cookies), and the server's address. Every page
 * speaks Vietnamese (vi-VN) and resolves relative URLs against the server.
 */
public final class PortalBrowser {

	private final Browser browser;

	private final String baseUrl;

	private final double timeoutMs;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final Page page;

	PortalBrowser(Browser browser, String baseUrl, double timeoutMs) {
		this.browser = browser;
		this.baseUrl = baseUrl;
		this.timeoutMs = timeoutMs;
		this.page = newAnonymousPage();
	}

	/** The test's main page. */
	public Page page() {
		return this.page;
	}

	/** Where the server listens, like {@code http://localhost:41234}, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** A page in a new browser context: nobody is logged in there, whatever the main page did. */
	public Page newAnonymousPage() {
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL(this.baseUrl)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh"));
		context.setDefaultTimeout(this.timeoutMs);
		this.contexts.add(context);
		return context.newPage();
	}

	/**
	 * The path and query of an absolute URL that the portal wrote for the outside world (a link in
	 * a mail points at the configured public address, not at this test's server), ready for
	 * {@link Page#navigate(String)}.
	 */
	public static String pathOf(String absoluteUrl) {
		URI uri = URI.create(absoluteUrl);
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** A full-page screenshot and the HTML of every open page, named after the test. */
	void saveEvidence(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			int number = 0;
			for (BrowserContext context : this.contexts) {
				for (Page open : context.pages()) {
					String file = name + ((number++ == 0) ? "" : "-" + number);
					open.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(file + ".png")).setFullPage(true));
					Files.writeString(directory.resolve(file + ".html"), open.url() + "\n" + open.content(),
							StandardCharsets.UTF_8);
					System.err.println("Browser test failed on " + open.url() + "; see " + directory.resolve(file + ".png"));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save the failed page: " + ex);
		}
	}

	void close() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

}

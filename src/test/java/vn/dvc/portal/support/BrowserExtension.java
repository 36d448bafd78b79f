package vn.dvc.portal.support;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives {@link BrowserTest}s their browser: one Chromium for the whole JVM (closed when JUnit
 * finishes), and for each test a {@link PortalBrowser} whose pages are closed after the test,
 * with a screenshot first if the test failed.
 */
final class BrowserExtension implements ParameterResolver, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	/** Debian's Chromium; nothing is downloaded. */
	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-background-networking",
			"--disable-component-update", "--disable-gpu", "--no-first-run", "--disable-sync");

	/** Generous for a busy two-core machine; a passing test never waits this long. */
	private static final double TIMEOUT_MS = 15_000;

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Page.class || type == PortalBrowser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		PortalBrowser browser = portalBrowser(context);
		return (parameter.getParameter().getType() == Page.class) ? browser.page() : browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		PortalBrowser browser = context.getStore(NAMESPACE).remove(PortalBrowser.class, PortalBrowser.class);
		if (browser == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				browser.saveEvidence(Paths.get("target", "playwright"),
						context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
			}
		}
		finally {
			browser.close();
		}
	}

	private PortalBrowser portalBrowser(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent(PortalBrowser.class, key -> {
			String port = SpringExtension.getApplicationContext(context).getEnvironment()
				.getRequiredProperty("local.server.port");
			return new PortalBrowser(chromium(context), "http://localhost:" + port, TIMEOUT_MS);
		}, PortalBrowser.class);
	}

	private static Browser chromium(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> new Chromium(),
				Chromium.class).browser;
	}

	/** Playwright and its Chromium, closed by JUnit with the root store at the end of the run. */
	private static final class Chromium implements AutoCloseable {

		private final Playwright playwright;

		private final Browser browser;

		Chromium() {
			this.playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
					.setHeadless(true)
					.setArgs(CHROMIUM_ARGS));
			PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
		}

		@Override
		public void close() {
			this.playwright.close();
		}

	}

}

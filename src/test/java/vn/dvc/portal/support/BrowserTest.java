package vn.dvc.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal on a random port, driven by a real Chromium. Test methods may declare a
 * {@link com.microsoft.playwright.Page} parameter (a fresh browser context per test, locale vi-VN,
 * relative URLs resolved against the server, so {@code page.navigate("/register")} works) and a
 * {@link PortalBrowser} parameter (the server's base URL and more anonymous pages). When a test
 * fails, a screenshot and the HTML of every open page are saved under {@code target/playwright/}.
 * Tests that share this annotation share one application context and one Chromium.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}

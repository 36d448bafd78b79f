package vn.dvc.portal.shared.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dvc.portal.support.HttpPortalTest;
import vn.dvc.portal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrer-Policy and Permissions-Policy (and the other security headers) on every response, over
 * real HTTP: pages, redirects, static files, the portal's error pages and Tomcat's own refusals,
 * which Spring Security never sees.
 */
@HttpPortalTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	private static void hasTheHeaders(PortalHttp.Answer answer) {
		assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		PortalHttp http = new PortalHttp(this.port);
		PortalHttp.Answer home = http.get("/");
		PortalHttp.Answer redirect = http.get("/my/dossiers");
		PortalHttp.Answer css = http.get("/css/portal.css");
		PortalHttp.Answer notFound = http.get("/procedures/00000000-0000-0000-0000-000000000000");
		PortalHttp.Answer trace = http.method("TRACE", "/");
		PortalHttp.Answer tomcat = http.raw("GET /a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(List.of(home.status(), redirect.status(), css.status(), notFound.status(), trace.status(),
				tomcat.status()))
			.containsExactly(200, 302, 200, 404, 405, 400);
		for (PortalHttp.Answer answer : List.of(home, redirect, css, notFound, trace, tomcat)) {
			hasTheHeaders(answer);
		}
	}

	@Test
	void tomcatsOwnErrorPageIsThePortalsInVietnameseWithoutServerDetails() {
		PortalHttp.Answer answer = new PortalHttp(this.port)
			.raw("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Tomcat", "HTTP Status", "Exception");
		hasTheHeaders(answer);
	}

	@Test
	void traceIsRefusedAndEchoesNothing() {
		PortalHttp.Answer answer = new PortalHttp(this.port)
			.raw("TRACE / HTTP/1.1\r\nHost: localhost\r\nX-Secret: echo-me\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.body()).contains("Thao tác không được hỗ trợ").doesNotContain("echo-me", "Whitelabel");
	}

	@Test
	void theErrorPathVisitedDirectlyIsAPageNotFound() {
		PortalHttp.Answer answer = new PortalHttp(this.port).get("/error");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body()).contains("Không tìm thấy");
	}

}

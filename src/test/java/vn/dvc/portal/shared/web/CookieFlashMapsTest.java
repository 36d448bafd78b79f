package vn.dvc.portal.shared.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

import vn.dvc.portal.support.PortalServerTest;
import vn.dvc.portal.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A message carried over a redirect lives in a signed cookie of the browser (CookieFlashMaps): the
 * session in the database is not written for it, the page after the redirect shows it once, and a
 * cookie the portal did not sign shows nothing.
 */
@PortalServerTest
class CookieFlashMapsTest {

	private static final String WARNING = "Vui lòng nhập ngày và tên ngày nghỉ";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FlashMapManager flashMaps;

	@Test
	void aMessageOverARedirectIsShownOnceAndNeverWrittenToTheSession() {
		Visitor admin = signedInAdmin();
		String session = new String(Base64.getDecoder().decode(admin.cookie("SESSION").orElseThrow()),
				StandardCharsets.US_ASCII);
		String token = Visitor.csrfToken(admin.get("/admin/holidays").body());
		List<Map<String, Object>> attributesBefore = attributes(session);

		// A holiday without a day: nothing is saved, the form comes back with a warning.
		HttpResponse<String> posted = admin.post("/admin/holidays", Map.of("name", "", "_csrf", token));

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(flashCookie(posted)).startsWith(CookieFlashMaps.COOKIE + "=").contains("HttpOnly", "SameSite=Lax");
		assertThat(attributes(session)).isEqualTo(attributesBefore);
		HttpResponse<String> shown = admin.get("/admin/holidays");
		assertThat(shown.body()).contains(WARNING);
		assertThat(flashCookie(shown)).contains("Max-Age=0");
		assertThat(admin.get("/admin/holidays").body()).doesNotContain(WARNING);
		assertThat(attributes(session)).isEqualTo(attributesBefore);
	}

	@Test
	void aCookieThePortalDidNotSignShowsNothing() {
		Visitor admin = signedInAdmin();
		String token = Visitor.csrfToken(admin.get("/admin/holidays").body());
		admin.post("/admin/holidays", Map.of("name", "", "_csrf", token));
		String genuine = admin.cookie(CookieFlashMaps.COOKIE).orElseThrow();
		int dot = genuine.lastIndexOf('.');
		String payload = new String(Base64.getUrlDecoder().decode(genuine.substring(0, dot)), StandardCharsets.ISO_8859_1);
		// The same message under another key, with the genuine signature of the first.
		String forged = payload.replace("warningKey", "successKey");
		assertThat(forged).isNotEqualTo(payload);

		admin.putCookie(CookieFlashMaps.COOKIE, Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(forged.getBytes(StandardCharsets.ISO_8859_1)) + genuine.substring(dot));
		String page = admin.get("/admin/holidays").body();

		assertThat(page).doesNotContain(WARNING).doesNotContain("alert-success");
		admin.putCookie(CookieFlashMaps.COOKIE, genuine);
		assertThat(admin.get("/admin/holidays").body()).contains(WARNING);
	}

	@Test
	void manyLongMessagesKeepTheCookieWithinWhatABrowserKeeps() {
		Cookie carried = null;
		for (int i = 0; i < 40; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/dossiers/" + i);
			if (carried != null) {
				request.setCookies(carried);
			}
			MockHttpServletResponse response = new MockHttpServletResponse();
			FlashMap map = new FlashMap();
			map.put("rejectedFile", "Bản scan hồ sơ số " + i + " ".repeat(2_000) + ".pdf");
			map.setTargetRequestPath("/desk/dossiers/" + i);
			this.flashMaps.saveOutputFlashMap(map, request, response);
			carried = response.getCookie(CookieFlashMaps.COOKIE);
			assertThat(carried.getValue().length()).isLessThanOrEqualTo(CookieFlashMaps.MAX_COOKIE_VALUE);
		}
		MockHttpServletRequest next = new MockHttpServletRequest("GET", "/desk/dossiers/39");
		next.setCookies(carried);
		FlashMap shown = this.flashMaps.retrieveAndUpdate(next, new MockHttpServletResponse());

		assertThat((Map<String, Object>) shown).isNotNull();
		String fileName = (String) shown.get("rejectedFile");
		assertThat(fileName).startsWith("Bản scan hồ sơ số 39");
		assertThat(fileName.getBytes(StandardCharsets.UTF_8)).hasSize(CookieFlashMaps.MAX_TEXT_BYTES);
	}

	@Test
	void textsYesOrNoAndWholeNumbersAreCarriedAsTheyWere() {
		FlashMap map = new FlashMap();
		map.put("gatewayUrl", "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=" + "9".repeat(600));
		map.put("amountVnd", 150_000L);
		map.put("resent", true);
		map.setTargetRequestPath("/my/dossiers/1/payments/continue");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.flashMaps.saveOutputFlashMap(map, new MockHttpServletRequest("POST", "/my/dossiers/1/payments/2"), response);
		MockHttpServletRequest next = new MockHttpServletRequest("GET", "/my/dossiers/1/payments/continue");
		next.setCookies(response.getCookie(CookieFlashMaps.COOKIE));

		Map<String, Object> shown = this.flashMaps.retrieveAndUpdate(next, new MockHttpServletResponse());

		assertThat(shown).containsExactlyInAnyOrderEntriesOf(Map.of("gatewayUrl", map.get("gatewayUrl"), "amountVnd",
				150_000L, "resent", true));
	}

	@Test
	void anObjectIsNotCarried() {
		FlashMap map = new FlashMap();
		map.put("when", java.time.Instant.now());

		assertThatIllegalArgumentException().isThrownBy(() -> this.flashMaps.saveOutputFlashMap(map,
				new MockHttpServletRequest("POST", "/x"), new MockHttpServletResponse()));
	}

	private Visitor signedInAdmin() {
		Visitor admin = new Visitor(this.port);
		assertThat(admin.logIn("admin", "demo12345").statusCode()).isEqualTo(302);
		return admin;
	}

	private List<Map<String, Object>> attributes(String sessionId) {
		return this.jdbc.queryForList("""
				select a.attribute_name, md5(a.attribute_bytes) as bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? order by a.attribute_name""", sessionId);
	}

	private static String flashCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("set-cookie")
			.stream()
			.filter(header -> header.startsWith(CookieFlashMaps.COOKIE + "="))
			.reduce((first, last) -> last)
			.orElse("");
	}

}

package vn.dvc.portal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.dvc.testidp.TestPerson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser over real HTTP, on the portal and on the test identity provider: cookies of
 * both, redirects followed step by step so that a test can stop at the provider's callback (to
 * replay it, or to look at the cookie that came with it).
 */
public final class EidBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String portal;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	public EidBrowser(int portalPort) {
		this.portal = "http://localhost:" + portalPort;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/**
	 * Clicks the e-identity button and signs in as the person at the provider (when the provider
	 * asks: it remembers who signed in there before); stops at the callback to the portal.
	 * @return the callback URL, with its code and state, not yet opened
	 */
	public String authorizeAs(TestPerson person) {
		HttpResponse<String> answer = get(this.portal + "/oauth2/authorization/vneid");
		assertThat(answer.statusCode()).as("the e-identity button's redirect").isEqualTo(302);
		for (int step = 0; step < 10; step++) {
			String location = location(answer);
			if (location.startsWith(this.portal + "/login/oauth2/code/")) {
				return location;
			}
			answer = get(location);
			if (answer.statusCode() == 200 && !answer.uri().toString().startsWith(this.portal)
					&& answer.uri().getPath().equals("/login")) {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("username", person.subject());
				fields.put("password", "test-person");
				fields.put("_csrf", csrf(answer.body()));
				answer = post(answer.uri().resolve("/login").toString(), fields);
			}
			assertThat(answer.statusCode()).as("provider step to %s", answer.uri().getPath()).isEqualTo(302);
		}
		throw new AssertionError("The provider never sent the browser back to the portal");
	}

	/** The whole sign-in: the button, the provider, the callback; the portal's answer to the callback. */
	public HttpResponse<String> signInAs(TestPerson person) {
		return get(authorizeAs(person));
	}

	public HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(absolute(url)).header("Accept", "text/html").GET());
	}

	/** A form post with the CSRF token the portal's pages carry. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf(get("/login").body()));
		return post(path, all);
	}

	/** Where an answer sends the browser, as an absolute URL. */
	public static String location(HttpResponse<String> answer) {
		String location = answer.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
				"No redirect from " + answer.uri() + " (" + answer.statusCode() + ")"));
		return answer.uri().resolve(location).toString();
	}

	/** A cookie of the portal, as the browser keeps it. */
	public Optional<HttpCookie> portalCookie(String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(this.portal + "/login/oauth2/code/vneid"))
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.findFirst();
	}

	/** Puts back a cookie the portal had given (as someone who copied it would). */
	public void restoreCookie(HttpCookie cookie) {
		HttpCookie copy = (HttpCookie) cookie.clone();
		copy.setMaxAge(600);
		this.cookies.getCookieStore().add(URI.create(this.portal + "/login/oauth2/code/vneid"), copy);
	}

	public String portal() {
		return this.portal;
	}

	private HttpResponse<String> post(String url, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(absolute(url))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private URI absolute(String url) {
		return URI.create(url.startsWith("/") ? this.portal + url : url);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

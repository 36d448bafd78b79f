package vn.dvc.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view of the portal over real HTTP: a cookie jar, the CSRF token the pages carry,
 * form and multipart posts, and raw requests that no client library would send.
 */
public final class PortalHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A response as the browser got it; header names in lower case. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private final int port;

	private final HttpClient client;

	private String csrf;

	public PortalHttp(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in through the login form; the session cookie stays in this client. */
	public PortalHttp login(String login, String password) {
		Answer answer = post("/login", Map.of("login", login, "password", password));
		assertThat(answer.status()).as("login of %s", login).isEqualTo(302);
		assertThat(answer.header("location")).as("login of %s", login).doesNotContain("error");
		this.csrf = null;
		return this;
	}

	public Answer get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "text/html").GET());
	}

	public Answer method(String method, String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery))
			.header("Accept", "text/html")
			.method(method, HttpRequest.BodyPublishers.noBody()));
	}

	/** A form post, with the session's CSRF token. */
	public Answer post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf());
		String body = all.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A multipart post (the dossier forms), with the session's CSRF token and one small PDF. */
	public Answer multipart(String path, Map<String, String> fields, String fileField, byte[] file) {
		String boundary = "----portal" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf());
		try {
			for (Map.Entry<String, String> field : all.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(field.getValue().getBytes(StandardCharsets.UTF_8));
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			if (fileField != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
						+ "\"; filename=\"don.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				body.write(file);
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Sends bytes as they are, for requests a client library refuses to make. */
	public Answer raw(String request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return parse(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Answer parse(String response) {
		int end = response.indexOf("\r\n\r\n");
		String head = (end < 0) ? response : response.substring(0, end);
		String body = (end < 0) ? "" : response.substring(end + 4);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
			}
		}
		return new Answer(status, headers, body);
	}

	private String csrf() {
		if (this.csrf == null) {
			for (String page : List.of("/login", "/")) {
				Matcher matcher = CSRF.matcher(get(page).body());
				if (matcher.find()) {
					this.csrf = matcher.group(1);
					break;
				}
			}
			assertThat(this.csrf).as("a CSRF token on the login or home page").isNotNull();
		}
		return this.csrf;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Map<String, String> headers = new LinkedHashMap<>();
			response.headers()
				.map()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
			return new Answer(response.statusCode(), headers, response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of the benchmark scripts, run from source ({@code java bench/Load.java ...}):
 * what wrk cannot do because it needs a logged-in person per connection and a multipart form.
 *
 * <pre>
 * java bench/Load.java submit BASE LOGINS_FILE PASSWORD CONCURRENCY SECONDS PROCEDURE_ID PDF_BYTES [MAX_DOSSIERS]
 * java bench/Load.java uploads BASE LOGIN PASSWORD COUNT MEGABYTES PROCEDURE_ID
 * java bench/Load.java session BASE LOGIN PASSWORD REQUESTS
 * java bench/Load.java across BASE_A BASE_B LOGIN PASSWORD PROCEDURE_ID
 * </pre>
 *
 * Each worker is one citizen with their own session. {@code submit} files dossiers in a loop (the
 * form is opened, then sent with a PDF for every mandatory document) and prints how many the
 * portal confirmed, the rate and the latency of the posts; the confirmed dossier ids go to
 * {@code confirmed.txt} so that the script can check them against the database. The dossiers are
 * filed over plain sockets ({@link Wire}), not the JDK's HTTP client: on the benchmark's two cores
 * the client shares the machine with the portal, and the JDK's client took a third of a core to
 * send 20 dossiers a second.
 */
public class Load {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");

	private static final Pattern REQUIREMENT = Pattern
		.compile("class=\"requirement[^\"]*\"(.*?)type=\"file\"[^>]*name=\"(file-[0-9a-f-]{36})\"", Pattern.DOTALL);

	private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");

	private static final Pattern DOSSIER_LOCATION = Pattern.compile("/my/dossiers/([0-9a-f-]{36})$");

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "submit" -> submit(args[1], Files.lines(args[2]), args[3], Integer.parseInt(args[4]),
					Integer.parseInt(args[5]), args[6], Integer.parseInt(args[7]),
					(args.length > 8) ? Integer.parseInt(args[8]) : Integer.MAX_VALUE);
			case "session" -> session(args[1], args[2], args[3], Integer.parseInt(args[4]));
			case "across" -> across(args[1], args[2], args[3], args[4], args[5]);
			case "uploads" -> uploads(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
					args[6]);
			default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
		}
	}

	/** One person's browser: a cookie jar and no redirects followed, as a form post is checked. */
	static final class Person {

		final HttpClient http;

		final String base;

		Person(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.version(HttpClient.Version.HTTP_1_1)
				.build();
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		void login(String login, String password) throws IOException, InterruptedException {
			String token = csrf(get("/login").body());
			String form = "login=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(token);
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Login of " + login + " failed: " + response.statusCode() + " " + location);
			}
		}

		HttpResponse<String> postMultipart(String path, Multipart body) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(body.parts))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** A response as {@link Wire} reads it. */
	record Reply(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
		}

	}

	/**
	 * One person's keep-alive HTTP/1.1 connection over a plain socket, with the cookies of their
	 * session: a request costs the client little more than the bytes it writes.
	 */
	static final class Wire implements AutoCloseable {

		private final String host;

		private final int port;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private Socket socket;

		private BufferedInputStream in;

		private OutputStream out;

		Wire(String base, List<HttpCookie> cookies) {
			URI uri = URI.create(base);
			this.host = uri.getHost();
			this.port = uri.getPort();
			cookies.forEach(cookie -> this.cookies.put(cookie.getName(), cookie.getValue()));
		}

		Reply get(String path) throws IOException {
			return exchange("GET", path, null, List.of());
		}

		Reply postMultipart(String path, Multipart body) throws IOException {
			return exchange("POST", path, "multipart/form-data; boundary=" + body.boundary, body.parts);
		}

		private Reply exchange(String method, String path, String contentType, List<byte[]> parts) throws IOException {
			boolean reused = this.socket != null;
			try {
				return send(method, path, contentType, parts);
			}
			catch (IOException ex) {
				close();
				// A kept connection the server closed meanwhile: once more on a new one (a form post
				// repeated is the same dossier, by its form key).
				if (!reused) {
					throw ex;
				}
				return send(method, path, contentType, parts);
			}
		}

		private Reply send(String method, String path, String contentType, List<byte[]> parts) throws IOException {
			if (this.socket == null) {
				this.socket = new Socket();
				this.socket.setTcpNoDelay(true);
				this.socket.connect(new InetSocketAddress(this.host, this.port), 10_000);
				this.socket.setSoTimeout(120_000);
				this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
				this.out = new BufferedOutputStream(this.socket.getOutputStream(), 64 * 1024);
			}
			StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
				.append("Host: ").append(this.host).append(':').append(this.port).append("\r\n");
			if (!this.cookies.isEmpty()) {
				head.append("Cookie: ");
				String separator = "";
				for (Map.Entry<String, String> cookie : this.cookies.entrySet()) {
					head.append(separator).append(cookie.getKey()).append('=').append(cookie.getValue());
					separator = "; ";
				}
				head.append("\r\n");
			}
			if (contentType != null) {
				long length = 0;
				for (byte[] part : parts) {
					length += part.length;
				}
				head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(length).append("\r\n");
			}
			head.append("\r\n");
			this.out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			for (byte[] part : parts) {
				this.out.write(part);
			}
			this.out.flush();
			return read();
		}

		private Reply read() throws IOException {
			String status = line();
			Map<String, String> headers = new LinkedHashMap<>();
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				if (name.equals("set-cookie")) {
					keep(value);
				}
				headers.merge(name, value, (a, b) -> a + ", " + b);
			}
			byte[] body;
			if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
				ByteArrayOutputStream chunks = new ByteArrayOutputStream(32 * 1024);
				for (int size = chunk(); size > 0; size = chunk()) {
					chunks.writeBytes(this.in.readNBytes(size));
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
				body = chunks.toByteArray();
			}
			else if (headers.containsKey("content-length")) {
				body = this.in.readNBytes(Integer.parseInt(headers.get("content-length")));
			}
			else {
				body = new byte[0];
			}
			if (headers.getOrDefault("connection", "").equalsIgnoreCase("close")) {
				close();
			}
			return new Reply(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
		}

		private int chunk() throws IOException {
			String size = line();
			int extension = size.indexOf(';');
			return Integer.parseInt((extension >= 0) ? size.substring(0, extension).trim() : size.trim(), 16);
		}

		private void keep(String setCookie) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			int c;
			while ((c = this.in.read()) != '\n') {
				if (c == -1) {
					throw new EOFException("Connection closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		@Override
		public void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
			}
			this.socket = null;
		}

	}

	/** A multipart body kept as byte chunks, so that a file is not copied for every request. */
	static final class Multipart {

		final String boundary = "----dvcbench" + UUID.randomUUID().toString().replace("-", "");

		final List<byte[]> parts = new ArrayList<>();

		Multipart field(String name, String value) {
			this.parts.add(("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
					+ value + "\r\n").getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Multipart file(String name, String fileName, String type, byte[] bytes) {
			this.parts.add(("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			this.parts.add(bytes);
			this.parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Multipart end() {
			this.parts.add(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this;
		}

	}

	/** The new-dossier form of a procedure, as the browser would send it back. */
	record Form(Map<String, String> fields, List<String> mandatoryFiles) {

		static Form parse(String html) {
			int start = html.indexOf("class=\"dossier-form\"");
			int formStart = html.lastIndexOf("<form", start);
			int end = html.indexOf("</form>", start);
			String form = html.substring(formStart, end);
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher inputs = INPUT.matcher(form);
			while (inputs.find()) {
				Map<String, String> attributes = new LinkedHashMap<>();
				Matcher attribute = ATTRIBUTE.matcher(inputs.group(1));
				while (attribute.find()) {
					attributes.put(attribute.group(1), attribute.group(2));
				}
				String type = attributes.getOrDefault("type", "text");
				String name = attributes.get("name");
				if (name == null || type.equals("file") || type.equals("submit")) {
					continue;
				}
				if (type.equals("checkbox") && !attributes.containsKey("checked")) {
					continue;
				}
				fields.putIfAbsent(name, unescape(attributes.getOrDefault("value", "")));
			}
			Matcher areas = TEXTAREA.matcher(form);
			while (areas.find()) {
				fields.put(areas.group(1), unescape(areas.group(2)));
			}
			List<String> mandatory = new ArrayList<>();
			Matcher requirements = REQUIREMENT.matcher(form);
			while (requirements.find()) {
				if (requirements.group(1).contains("text-danger")) {
					mandatory.add(requirements.group(2));
				}
			}
			return new Form(fields, mandatory);
		}

	}

	static void submit(String base, List<String> logins, String password, int concurrency, int seconds,
			String procedureId, int pdfBytes, int maxDossiers) throws Exception {
		AtomicLong tickets = new AtomicLong(maxDossiers);
		byte[] pdf = pdf(pdfBytes);
		List<Wire> people = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			Person person = new Person(base);
			person.login(logins.get(i % logins.size()), password);
			people.add(new Wire(base, ((CookieManager) person.http.cookieHandler().orElseThrow()).getCookieStore().getCookies()));
		}
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failures = new AtomicLong();
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		CountDownLatch done = new CountDownLatch(concurrency);
		long started = System.nanoTime();
		for (Wire person : people) {
			new Thread(() -> {
				try {
					while (System.nanoTime() < deadline && tickets.getAndDecrement() > 0) {
						try {
							Reply page = person.get("/dossiers/new?procedure=" + procedureId);
							Form form = Form.parse(page.body());
							Multipart body = new Multipart();
							form.fields().forEach(body::field);
							body.field("content", "Hồ sơ của bài đo tải");
							for (String file : form.mandatoryFiles()) {
								body.file(file, "van-ban.pdf", "application/pdf", pdf);
							}
							body.field("action", "submit").end();
							long sent = System.nanoTime();
							Reply response = person.postMultipart("/dossiers", body);
							latencies.add(System.nanoTime() - sent);
							statuses.computeIfAbsent(response.status(), key -> new AtomicLong()).incrementAndGet();
							Matcher location = DOSSIER_LOCATION.matcher(response.header("Location"));
							if (response.status() == 302 && location.find()) {
								confirmed.add(location.group(1));
							}
							else if (failures.incrementAndGet() == 1) {
								java.nio.file.Files.writeString(java.nio.file.Path.of("first-failure.html"),
										response.status() + " " + response.headers() + "\n" + response.body());
							}
						}
						catch (IOException | RuntimeException ex) {
							failures.incrementAndGet();
							statuses.computeIfAbsent(-1, key -> new AtomicLong()).incrementAndGet();
						}
					}
				}
				finally {
					person.close();
					done.countDown();
				}
			}).start();
		}
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		java.nio.file.Files.write(java.nio.file.Path.of("confirmed.txt"), confirmed);
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("confirmed=%d failed=%d seconds=%.1f rate=%.1f p50_ms=%.0f p99_ms=%.0f statuses=%s%n",
				confirmed.size(), failures.get(), elapsed, confirmed.size() / elapsed, percentile(sorted, 50),
				percentile(sorted, 99), statuses);
	}

	/**
	 * Logs in once, then asks for the citizen's own page REQUESTS times on the same session and
	 * tells which node answered each (nginx's X-Upstream header) and whether the person was still
	 * logged in.
	 */
	static void session(String base, String login, String password, int requests) throws Exception {
		Person person = new Person(base);
		person.login(login, password);
		Map<String, AtomicLong> nodes = new java.util.TreeMap<>();
		int loggedIn = 0;
		for (int i = 0; i < requests; i++) {
			HttpResponse<String> page = person.get("/my/dossiers");
			nodes.computeIfAbsent(page.headers().firstValue("X-Upstream").orElse("?"), key -> new AtomicLong())
				.incrementAndGet();
			if (page.statusCode() == 200 && page.body().contains("/logout")) {
				loggedIn++;
			}
		}
		System.out.printf("requests=%d logged_in=%d nodes=%s%n", requests, loggedIn, nodes);
	}

	/**
	 * Files a dossier through node A, then reads it and downloads its file through node B with the
	 * same session, and compares the bytes.
	 */
	static void across(String baseA, String baseB, String login, String password, String procedureId)
			throws Exception {
		Person onA = new Person(baseA);
		onA.login(login, password);
		Form form = Form.parse(onA.get("/dossiers/new?procedure=" + procedureId).body());
		byte[] pdf = pdf(300_000);
		Multipart body = new Multipart();
		form.fields().forEach(body::field);
		body.field("content", "Hồ sơ nộp qua nút A");
		for (String file : form.mandatoryFiles()) {
			body.file(file, "nop-qua-a.pdf", "application/pdf", pdf);
		}
		body.field("action", "submit").end();
		HttpResponse<String> filed = onA.postMultipart("/dossiers", body);
		Matcher location = DOSSIER_LOCATION.matcher(filed.headers().firstValue("Location").orElse(""));
		if (!location.find()) {
			System.out.println("filed=false status=" + filed.statusCode());
			return;
		}
		String dossier = location.group(1);
		// The same cookie jar, the other node: cookies belong to the host, not the port.
		HttpResponse<String> page = onA.http.send(
				HttpRequest.newBuilder(URI.create(baseB + "/my/dossiers/" + dossier)).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher file = Pattern.compile("href=\"(/files/dossiers/" + dossier + "/[0-9a-f-]{36})\"").matcher(page.body());
		boolean found = page.statusCode() == 200 && file.find();
		boolean same = false;
		if (found) {
			HttpResponse<byte[]> download = onA.http.send(HttpRequest.newBuilder(URI.create(baseB + file.group(1))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			same = download.statusCode() == 200 && Arrays.equals(download.body(), pdf);
		}
		System.out.printf("filed_on_a=%s shown_on_b=%s file_from_b_identical=%s%n", dossier, found, same);
	}

	static void uploads(String base, String login, String password, int count, int megabytes, String procedureId)
			throws Exception {
		byte[] pdf = pdf(megabytes * 1024 * 1024);
		Person person = new Person(base);
		person.login(login, password);
		Form form = Form.parse(person.get("/dossiers/new?procedure=" + procedureId).body());
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(count);
		Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		for (int i = 0; i < count; i++) {
			new Thread(() -> {
				try {
					Multipart body = new Multipart();
					Map<String, String> fields = new LinkedHashMap<>(form.fields());
					fields.put("formKey", UUID.randomUUID().toString());
					fields.forEach(body::field);
					body.field("content", "Tệp lớn");
					body.file(form.mandatoryFiles().get(0), "tep-lon.pdf", "application/pdf", pdf);
					body.field("action", "save").end();
					start.await();
					HttpResponse<String> response = person.postMultipart("/dossiers", body);
					statuses.computeIfAbsent(response.statusCode(), key -> new AtomicLong()).incrementAndGet();
				}
				catch (Exception ex) {
					statuses.computeIfAbsent(-1, key -> new AtomicLong()).incrementAndGet();
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		long started = System.nanoTime();
		start.countDown();
		done.await();
		System.out.printf("uploads=%d seconds=%.1f statuses=%s%n", count, (System.nanoTime() - started) / 1e9, statuses);
	}

	/** A valid one-page PDF padded with a comment to the wanted size. */
	static byte[] pdf(int size) {
		String head = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n";
		String tail = "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream(size);
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		byte[] padding = new byte[Math.max(0, size - head.length() - tail.length())];
		Arrays.fill(padding, (byte) 'x');
		padding[0] = '%';
		out.writeBytes(padding);
		out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return unescape(matcher.group(1));
	}

	static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(index, 0)) / 1e6;
	}

	static String unescape(String text) {
		return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static final class Files {

		static List<String> lines(String path) {
			try {
				return java.nio.file.Files.readAllLines(java.nio.file.Path.of(path));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

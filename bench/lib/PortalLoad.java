import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The client of the fault and load scripts under bench/: drives the portal over HTTP as browsers
 * do (login, CSRF, multipart forms) and checks the outcome in the database and the file store.
 * Run with the PostgreSQL JDBC driver on the class path: java -cp postgresql.jar PortalLoad.java ...
 *
 * <pre>
 * citizens  BASE JDBC N FILE           register and activate N citizens, write "login" lines to FILE
 * submit    BASE JDBC CITIZENS CONC N OUT   N submissions by CONC concurrent citizens; every dossier
 *                                      the portal confirmed is appended to OUT as soon as it is
 * check     JDBC STORE UPLOADS CONFIRMED   counts: confirmed vs submitted, rows without file, files
 *                                      without row, half-submitted drafts, temporary files
 * logins    BASE CITIZENS CONC N        N logins by CONC at once: statuses and latencies
 * outbox    JDBC N                      adds N e-mails to the outbox, waits until all are sent
 * pages     BASE PATH N LABEL           N requests of PATH one after another (a person reading): latencies
 * full-disk BASE JDBC CITIZENS STORE    one submission whose files do not fit in STORE: the answer
 *                                      and what was left in STORE and in the database
 * </pre>
 */
public class PortalLoad {

	static final String PASSWORD = "mot cau mat khau dai cho tai";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\"\\s+value=\"([^\"]+)\"");

	static final Pattern DOSSIER = Pattern.compile("/my/dossiers/([0-9a-f-]{36})$");

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "citizens" -> citizens(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
			case "submit" -> submit(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]),
					Integer.parseInt(args[5]), Path.of(args[6]));
			case "check" -> check(args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
			case "logins" -> logins(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "outbox" -> outbox(args[1], Integer.parseInt(args[2]));
			case "full-disk" -> fullDisk(args[1], args[2], Path.of(args[3]), Path.of(args[4]));
			case "pages" -> pages(args[1], args[2], Integer.parseInt(args[3]), args[4]);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	// ---------------------------------------------------------------------------------------------
	// a browser

	static final class Browser {

		final String base;

		final HttpClient http;

		Browser(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files)
				throws IOException, InterruptedException {
			String boundary = "----dvc" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n"));
			files.forEach((name, bytes) -> {
				write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
						+ "\"; filename=\"giay-to.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
				body.writeBytes(bytes);
				write(body, "\r\n");
			});
			write(body, "--" + boundary + "--\r\n");
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

		String csrf(String path) throws IOException, InterruptedException {
			HttpResponse<String> page = get(path);
			Matcher matcher = CSRF.matcher(page.body());
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on " + path + " (" + page.statusCode() + ")");
			}
			return matcher.group(1);
		}

		/** Logs in; returns the status of the login post (302 to the start page when it worked). */
		int login(String login) throws IOException, InterruptedException {
			String token = csrf("/login");
			HttpResponse<String> response = postForm("/login",
					Map.of("login", login, "password", PASSWORD, "_csrf", token));
			return response.statusCode();
		}

	}

	static Connection db(String jdbc) throws SQLException {
		return DriverManager.getConnection(jdbc, "postgres", "");
	}

	/** A PDF of about 100 KB (PDF_KB), different for every call (so every dossier has files of its own). */
	static byte[] pdf() {
		int size = Integer.parseInt(System.getenv().getOrDefault("PDF_KB", "100")) * 1024;
		StringBuilder text = new StringBuilder("%PDF-1.4\n%").append(UUID.randomUUID()).append('\n');
		while (text.length() < size) {
			text.append("% remplissage du document de test, ligne de quatre-vingts caracteres environ.\n");
		}
		text.append("%%EOF\n");
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	// ---------------------------------------------------------------------------------------------
	// citizens

	static void citizens(String base, String jdbc, int count, Path out) throws Exception {
		List<String> logins = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			work.add(pool.submit(() -> {
				String idNumber = String.format("0%011d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 99_999_999_999L));
				Browser browser = new Browser(base);
				String token = browser.csrf("/register");
				Map<String, String> form = new LinkedHashMap<>();
				form.put("fullName", "Công Dân Thử Tải");
				form.put("dateOfBirth", "1990-05-17");
				form.put("address", "Số 1 Trần Phú, thành phố Hà Tĩnh");
				form.put("idType", "CCCD");
				form.put("idNumber", idNumber);
				form.put("password", PASSWORD);
				form.put("passwordRepeat", PASSWORD);
				form.put("email", "tai-" + idNumber + "@example.com");
				form.put("phone", "0912345678");
				form.put("_csrf", token);
				HttpResponse<String> response = browser.postForm("/register", form);
				if (response.statusCode() != 302) {
					throw new IllegalStateException("Registration answered " + response.statusCode());
				}
				logins.add(idNumber);
				return null;
			}));
		}
		for (Future<?> one : work) {
			one.get();
		}
		pool.shutdown();
		try (Connection connection = db(jdbc);
				PreparedStatement activate = connection.prepareStatement(
						"update account set status = 'ACTIVE', activated_at = now() where login = ?")) {
			for (String login : logins) {
				activate.setString(1, login);
				activate.addBatch();
			}
			activate.executeBatch();
		}
		Files.write(out, logins);
		System.out.println("citizens: " + logins.size() + " registered and activated");
	}

	// ---------------------------------------------------------------------------------------------
	// submissions

	static void submit(String base, String jdbc, Path citizensFile, int concurrency, int total, Path confirmedFile)
			throws Exception {
		List<String> logins = Files.readAllLines(citizensFile);
		String procedureId;
		List<String> requirements = new ArrayList<>();
		try (Connection connection = db(jdbc); Statement statement = connection.createStatement()) {
			ResultSet procedure = statement.executeQuery("select p.id from procedure p join agency a on a.id = p.agency_id "
					+ "where a.code = '000.00.20.H27' and p.name ilike '%hội thảo quốc tế%' order by p.code limit 1");
			procedure.next();
			procedureId = procedure.getString(1);
			ResultSet required = statement.executeQuery(
					"select id from document_requirement where procedure_id = '" + procedureId + "' and mandatory order by position");
			while (required.next()) {
				requirements.add(required.getString(1));
			}
		}
		PrintWriter confirmed = new PrintWriter(Files.newBufferedWriter(confirmedFile), true);
		AtomicInteger next = new AtomicInteger();
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch loggedIn = new CountDownLatch(concurrency);
		// Logins eight at a time: this measures submissions, not a login flood (bench/logins does).
		java.util.concurrent.Semaphore logging = new java.util.concurrent.Semaphore(8);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<?>> workers = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			String login = logins.get(w % logins.size());
			workers.add(pool.submit(() -> {
				Browser browser = new Browser(base);
				try {
					int status;
					logging.acquire();
					try {
						status = browser.login(login);
					}
					finally {
						logging.release();
					}
					loggedIn.countDown();
					if (status != 302) {
						outcomes.computeIfAbsent("login failed", key -> new AtomicInteger()).incrementAndGet();
						return null;
					}
					start.await();
					while (next.getAndIncrement() < total) {
						long began = System.nanoTime();
						String outcome = submitOne(browser, procedureId, requirements, confirmed);
						latencies.add((System.nanoTime() - began) / 1_000_000);
						outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
						if (outcome.startsWith("connection")) {
							return null;
						}
					}
				}
				catch (IOException | RuntimeException ex) {
					loggedIn.countDown();
					outcomes.computeIfAbsent("connection lost", key -> new AtomicInteger()).incrementAndGet();
				}
				return null;
			}));
		}
		loggedIn.await();
		// The scripts wait for this file before they start counting time to a fault.
		Files.writeString(Path.of(confirmedFile + ".started"), Instant.now().toString());
		Instant began = Instant.now();
		start.countDown();
		for (Future<?> worker : workers) {
			worker.get();
		}
		Duration took = Duration.between(began, Instant.now());
		pool.shutdown();
		confirmed.close();
		int done = outcomes.getOrDefault("confirmed", new AtomicInteger()).get();
		System.out.printf("submit: %d confirmed in %.1f s (%.1f dossiers/s) by %d concurrent citizens; outcomes %s%n", done,
				took.toMillis() / 1000.0, done * 1000.0 / Math.max(1, took.toMillis()), concurrency, new TreeMap<>(outcomes));
		printLatencies("submit", latencies);
	}

	static String submitOne(Browser browser, String procedureId, List<String> requirements, PrintWriter confirmed)
			throws InterruptedException {
		try {
			HttpResponse<String> form = browser.get("/dossiers/new?procedure=" + procedureId);
			Matcher csrf = CSRF.matcher(form.body());
			Matcher formKey = FORM_KEY.matcher(form.body());
			if (form.statusCode() != 200 || !csrf.find() || !formKey.find()) {
				return "form page " + form.statusCode();
			}
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", csrf.group(1));
			fields.put("formKey", formKey.group(1));
			fields.put("procedureId", procedureId);
			fields.put("submitterName", "Công Dân Thử Tải");
			fields.put("submitterPhone", "0912 345 678");
			fields.put("submitterAddress", "Số 1 Trần Phú, thành phố Hà Tĩnh");
			fields.put("ownerSameAsSubmitter", "true");
			fields.put("content", "Đề nghị cho phép tổ chức hội thảo quốc tế (thử tải)");
			fields.put("postalReturn", "false");
			fields.put("action", "submit");
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (String requirement : requirements) {
				files.put("file-" + requirement, pdf());
			}
			HttpResponse<String> response = browser.postMultipart("/dossiers", fields, files);
			String location = response.headers().firstValue("Location").orElse("");
			Matcher dossier = DOSSIER.matcher(location);
			if (response.statusCode() == 302 && dossier.find()) {
				// Written at once: the portal may be killed the next moment.
				confirmed.println(dossier.group(1));
				return "confirmed";
			}
			return "answered " + response.statusCode();
		}
		catch (IOException ex) {
			return "connection lost";
		}
	}

	static void printLatencies(String what, List<Long> latencies) {
		if (latencies.isEmpty()) {
			return;
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%s latency: p50 %d ms, p95 %d ms, max %d ms (%d requests)%n", what,
				sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
				sorted.get(sorted.size() - 1), sorted.size());
	}

	// ---------------------------------------------------------------------------------------------
	// what a crash left behind

	static void check(String jdbc, Path store, Path uploads, Path confirmedFile) throws Exception {
		Set<String> confirmed = new HashSet<>(Files.exists(confirmedFile) ? Files.readAllLines(confirmedFile) : List.of());
		confirmed.remove("");
		int confirmedSubmitted = 0;
		int submittedByLoad = 0;
		int halfSubmitted = 0;
		int halfSubmittedFiles = 0;
		int rowsWithoutFile = 0;
		int wrongHash = 0;
		Set<String> keys = new HashSet<>();
		try (Connection connection = db(jdbc); Statement statement = connection.createStatement()) {
			ResultSet load = statement.executeQuery("select d.id, d.status, (select count(*) from dossier_attachment a where a.dossier_id = d.id) "
					+ "from dossier d where d.content like '%(thử tải)'");
			while (load.next()) {
				String status = load.getString(2);
				if ("SUBMITTED".equals(status)) {
					submittedByLoad++;
					if (confirmed.contains(load.getString(1))) {
						confirmedSubmitted++;
					}
				}
				else if ("DRAFT".equals(status)) {
					halfSubmitted++;
					halfSubmittedFiles += load.getInt(3);
				}
			}
			ResultSet files = statement.executeQuery("select storage_key, sha256 from stored_file");
			while (files.next()) {
				String key = files.getString(1);
				keys.add(key);
				Path live = store.resolve(key);
				Path part = store.resolve(key + ".part");
				Path path = Files.exists(live) ? live : Files.exists(part) ? part : null;
				if (path == null) {
					rowsWithoutFile++;
				}
				else if (!sha256(path).equals(files.getString(2))) {
					wrongHash++;
				}
			}
		}
		int filesWithoutRow = 0;
		long orphanBytes = 0;
		int parts = 0;
		try (Stream<Path> walk = Files.walk(store)) {
			for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				if (path.startsWith(uploads)) {
					continue;
				}
				String key = store.relativize(path).toString();
				if (key.endsWith(".part") || key.startsWith("tmp/")) {
					parts++;
				}
				else if (!keys.contains(key)) {
					filesWithoutRow++;
					orphanBytes += Files.size(path);
				}
			}
		}
		int uploadParts = 0;
		if (Files.isDirectory(uploads)) {
			try (Stream<Path> walk = Files.walk(uploads)) {
				uploadParts = (int) walk.filter(Files::isRegularFile).count();
			}
		}
		int missing = 0;
		for (String id : confirmed) {
			try (Connection connection = db(jdbc);
					PreparedStatement statement = connection.prepareStatement("select status from dossier where id = ?::uuid")) {
				statement.setString(1, id);
				ResultSet row = statement.executeQuery();
				if (!row.next() || !"SUBMITTED".equals(row.getString(1))) {
					missing++;
				}
			}
		}
		System.out.printf("check: dossiers confirmed to the client %d, of them submitted in the database %d, missing %d; "
				+ "submitted by the load %d%n", confirmed.size(), confirmedSubmitted, missing, submittedByLoad);
		System.out.printf("check: rows without file %d, rows whose file has another SHA-256 %d, files without row %d (%d KB), "
				+ "half-submitted drafts %d (holding %d files), temporary parts in the store %d, web server upload parts %d%n",
				rowsWithoutFile, wrongHash, filesWithoutRow, orphanBytes / 1024, halfSubmitted, halfSubmittedFiles, parts,
				uploadParts);
	}

	static String sha256(Path path) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (var in = Files.newInputStream(path)) {
			byte[] buffer = new byte[65536];
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	// ---------------------------------------------------------------------------------------------
	// logins

	static void logins(String base, Path citizensFile, int concurrency, int total) throws Exception {
		List<String> logins = Files.readAllLines(citizensFile);
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<Browser> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			Browser browser = new Browser(base);
			browsers.add(browser);
			tokens.add(browser.csrf("/login"));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			Browser browser = browsers.get(i);
			String token = tokens.get(i);
			String login = logins.get(i % logins.size());
			work.add(pool.submit(() -> {
				start.await();
				long began = System.nanoTime();
				String outcome;
				try {
					HttpResponse<String> response = browser.postForm("/login",
							Map.of("login", login, "password", PASSWORD, "_csrf", token));
					String location = response.headers().firstValue("Location").orElse("");
					outcome = response.statusCode() + (location.contains("error") ? " to the login error" : "");
				}
				catch (IOException ex) {
					outcome = "connection lost";
				}
				latencies.add((System.nanoTime() - began) / 1_000_000);
				outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
				return null;
			}));
		}
		Instant began = Instant.now();
		start.countDown();
		for (Future<?> one : work) {
			one.get();
		}
		pool.shutdown();
		System.out.printf("logins: %d at once, all answered in %.1f s; outcomes %s%n", total,
				Duration.between(began, Instant.now()).toMillis() / 1000.0, new TreeMap<>(outcomes));
		printLatencies("login", latencies);
	}

	static void pages(String base, String path, int count, String label) throws Exception {
		Browser browser = new Browser(base);
		List<Long> latencies = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (int i = 0; i < count; i++) {
			long began = System.nanoTime();
			int status;
			try {
				status = browser.get(path).statusCode();
			}
			catch (IOException ex) {
				status = -1;
			}
			latencies.add((System.nanoTime() - began) / 1_000_000);
			statuses.merge(status, 1, Integer::sum);
		}
		System.out.println(label + " statuses " + statuses);
		printLatencies(label, latencies);
	}

	// ---------------------------------------------------------------------------------------------
	// a full disk

	static void fullDisk(String base, String jdbc, Path citizensFile, Path store) throws Exception {
		String login = Files.readAllLines(citizensFile).get(0);
		Browser browser = new Browser(base);
		browser.login(login);
		List<String> requirements = new ArrayList<>();
		String procedureId;
		try (Connection connection = db(jdbc); Statement statement = connection.createStatement()) {
			ResultSet procedure = statement.executeQuery("select p.id from procedure p join agency a on a.id = p.agency_id "
					+ "where a.code = '000.00.20.H27' and p.name ilike '%hội thảo quốc tế%' order by p.code limit 1");
			procedure.next();
			procedureId = procedure.getString(1);
			ResultSet required = statement.executeQuery(
					"select id from document_requirement where procedure_id = '" + procedureId + "' and mandatory order by position");
			while (required.next()) {
				requirements.add(required.getString(1));
			}
		}
		HttpResponse<String> form = browser.get("/dossiers/new?procedure=" + procedureId);
		Matcher csrf = CSRF.matcher(form.body());
		Matcher formKey = FORM_KEY.matcher(form.body());
		csrf.find();
		formKey.find();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf.group(1));
		fields.put("formKey", formKey.group(1));
		fields.put("procedureId", procedureId);
		fields.put("submitterName", "Công Dân Thử Tải");
		fields.put("submitterPhone", "0912 345 678");
		fields.put("submitterAddress", "Số 1 Trần Phú, thành phố Hà Tĩnh");
		fields.put("ownerSameAsSubmitter", "true");
		fields.put("content", "Hồ sơ gửi khi ổ đĩa đầy (thử lỗi)");
		fields.put("postalReturn", "false");
		fields.put("action", "submit");
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String requirement : requirements) {
			files.put("file-" + requirement, pdf());
		}
		long before = filesIn(store);
		HttpResponse<String> response = browser.postMultipart("/dossiers", fields, files);
		Matcher paragraph = Pattern.compile("<p>([^<]*)</p>").matcher(response.body());
		String message = paragraph.find() ? paragraph.group(1).trim() : "(no message)";
		int dossiers;
		try (Connection connection = db(jdbc);
				PreparedStatement statement = connection.prepareStatement("select count(*) from dossier where form_key = ?::uuid")) {
			statement.setString(1, formKey.group(1));
			ResultSet row = statement.executeQuery();
			row.next();
			dossiers = row.getInt(1);
		}
		System.out.printf("full disk: %d files of %d KB into a store with %d KB free: answered %d \"%s\"; "
				+ "dossier rows kept %d, files added to the store %d (%d before, the demo forms)%n", files.size(),
				files.values().iterator().next().length / 1024, store.toFile().getUsableSpace() / 1024,
				response.statusCode(), message, dossiers, filesIn(store) - before, before);
	}

	static long filesIn(Path store) throws IOException {
		try (Stream<Path> walk = Files.walk(store)) {
			return walk.filter(Files::isRegularFile).filter(path -> !path.startsWith(store.resolve("tmp/uploads"))).count();
		}
	}

	// ---------------------------------------------------------------------------------------------
	// outbox

	static void outbox(String jdbc, int count) throws Exception {
		String marker = "outbox-bench-" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = db(jdbc);
				PreparedStatement insert = connection.prepareStatement("insert into outbox_message (id, channel, recipient, "
						+ "subject, body, status, attempts, next_attempt_at, created_at) values (?, 'EMAIL', ?, ?, ?, 'PENDING', 0, ?, ?)")) {
			connection.setAutoCommit(false);
			Timestamp now = Timestamp.from(Instant.now());
			for (int i = 0; i < count; i++) {
				insert.setObject(1, UUID.randomUUID());
				insert.setString(2, marker + "-" + i + "@example.com");
				insert.setString(3, "Hồ sơ thử " + i);
				insert.setString(4, "Thư thử tải số " + i + " của " + marker);
				insert.setTimestamp(5, now);
				insert.setTimestamp(6, now);
				insert.addBatch();
				if (i % 1000 == 999) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
			connection.commit();
		}
		Instant began = Instant.now();
		Instant deadline = began.plus(Duration.ofMinutes(10));
		long pending = count;
		while (pending > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			try (Connection connection = db(jdbc);
					PreparedStatement statement = connection.prepareStatement(
							"select count(*) from outbox_message where recipient like ? and status = 'PENDING'")) {
				statement.setString(1, marker + "-%");
				ResultSet row = statement.executeQuery();
				row.next();
				pending = row.getLong(1);
			}
		}
		double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;
		System.out.printf("outbox: %d e-mails sent in %.1f s (%.0f e-mails/s), %d still pending; marker %s%n",
				count - pending, seconds, (count - pending) / seconds, pending, marker);
	}

}

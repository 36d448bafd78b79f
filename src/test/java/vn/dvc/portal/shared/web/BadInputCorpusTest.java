package vn.dvc.portal.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.HttpPortalTest;
import vn.dvc.portal.support.PortalHttp;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of bad requests, over real HTTP so that the container's own error handling is part of
 * it: a control character in every field of every form and in every query parameter, page numbers
 * and searches past any bound, list indexes past the binder's limit, missing and mistyped
 * parameters, wrong methods, malformed addresses. Each must get a 4xx page in Vietnamese with the
 * security headers, no stack trace in the body, and none in the log.
 */
@HttpPortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

	/** Who sends a request. */
	enum Role {

		ANONYMOUS, CITIZEN, OFFICER, ADMIN

	}

	/** How a request is sent. */
	enum Kind {

		GET, POST, MULTIPART, METHOD, RAW

	}

	/** One bad request. For METHOD the HTTP method is the first field's value; for RAW the path is the request. */
	record BadRequest(String name, Role role, Kind kind, String path, Map<String, String> fields) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static final String RANDOM = UUID.randomUUID().toString();

	private static final List<String> CONTROLS = List.of("\u0000", "\u001b[2J");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	private final Map<Role, PortalHttp> sessions = new LinkedHashMap<>();

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private Level rootLevel;

	private Set<String> errorTitles;

	private int checked;

	@BeforeAll
	void signInAndListen() {
		this.sessions.put(Role.ANONYMOUS, new PortalHttp(this.port));
		String citizen = TestAccounts.activeCitizen(this.context, "Công Dân Thử Lỗi", null).getUsername();
		this.sessions.put(Role.CITIZEN, new PortalHttp(this.port).login(citizen, "mot cau mat khau dai"));
		this.sessions.put(Role.OFFICER, new PortalHttp(this.port).login("canbo.songoaivu", "demo12345"));
		this.sessions.put(Role.ADMIN, new PortalHttp(this.port).login("admin", "demo12345"));
		this.errorTitles = Stream.of("400", "403", "404", "405", "409", "413", "429")
			.map(status -> this.messages.getMessage("error." + status + ".title", null, null, Locale.forLanguageTag("vi")))
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		// Listen as production logs: the root at INFO, the loggers the configuration names at their level.
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.rootLevel = root.getLevel();
		root.setLevel(Level.INFO);
		this.log.start();
		root.addAppender(this.log);
	}

	@AfterAll
	void stopListening() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.log);
		if (this.rootLevel != null) {
			root.setLevel(this.rootLevel);
		}
	}

	static List<BadRequest> corpus() {
		List<BadRequest> corpus = new ArrayList<>();
		// A control character in every field of every form, and in every query parameter.
		controls(corpus, Role.ANONYMOUS, Kind.POST, "/login", "login", "password");
		controls(corpus, Role.ANONYMOUS, Kind.POST, "/register", "fullName", "dateOfBirth", "address", "idType",
				"idNumber", "password", "passwordRepeat", "email", "phone", "captcha");
		controls(corpus, Role.ANONYMOUS, Kind.POST, "/activate", "token");
		controls(corpus, Role.ANONYMOUS, Kind.POST, "/activate/code", "login", "code");
		controls(corpus, Role.ANONYMOUS, Kind.POST, "/activate/resend", "login");
		controls(corpus, Role.ANONYMOUS, Kind.POST, "/password/reset", "token", "password", "passwordRepeat");
		controls(corpus, Role.ANONYMOUS, Kind.GET, "/procedures", "q", "agency", "level", "adminLevel", "page");
		controls(corpus, Role.ANONYMOUS, Kind.GET, "/track", "code");
		controls(corpus, Role.ANONYMOUS, Kind.GET, "/activate", "token");
		controls(corpus, Role.ANONYMOUS, Kind.GET, "/password/reset", "token");
		controls(corpus, Role.ANONYMOUS, Kind.GET, "/", "lang");
		String[] dossierFields = { "formKey", "procedureId", "version", "submitterName", "submitterPhone",
				"submitterEmail", "submitterAddress", "ownerSameAsSubmitter", "ownerName", "ownerIdNumber", "ownerPhone",
				"ownerEmail", "ownerAddress", "content", "postalReturn", "recipientName", "recipientPhone",
				"recipientAddress", "recipientProvince", "removeAttachments", "action" };
		controls(corpus, Role.CITIZEN, Kind.MULTIPART, "/dossiers", dossierFields);
		controls(corpus, Role.CITIZEN, Kind.MULTIPART, "/my/dossiers/" + RANDOM + "/edit", "submitterName", "content",
				"recipientAddress", "action");
		controls(corpus, Role.CITIZEN, Kind.MULTIPART, "/my/dossiers/" + RANDOM + "/amend", "content", "version");
		controls(corpus, Role.CITIZEN, Kind.POST, "/my/dossiers/" + RANDOM + "/withdraw", "reason");
		controls(corpus, Role.CITIZEN, Kind.GET, "/my/dossiers", "page");
		controls(corpus, Role.OFFICER, Kind.POST, "/desk", "tab", "text", "procedure", "channel", "from", "to", "page");
		controls(corpus, Role.OFFICER, Kind.POST, "/desk/intake/start", "procedure", "channel", "idNumber");
		controls(corpus, Role.OFFICER, Kind.MULTIPART, "/desk/intake", "procedureId", "channel", "applicantIdNumber",
				"submitterName", "submitterPhone", "submitterAddress", "ownerName", "ownerIdNumber", "ownerBirthYear",
				"ownerIdIssueDate", "ownerIdIssuer", "content", "meta-" + RANDOM + "-summary");
		controls(corpus, Role.OFFICER, Kind.POST, "/desk/dossiers/" + RANDOM + "/reject", "version", "reason");
		controls(corpus, Role.OFFICER, Kind.POST, "/desk/dossiers/" + RANDOM + "/amendment", "reason", "requirement",
				"field");
		controls(corpus, Role.OFFICER, Kind.POST, "/desk/dossiers/" + RANDOM + "/return", "method", "postalItemNumber",
				"dispatchDate");
		controls(corpus, Role.OFFICER, Kind.POST, "/desk/dossiers/" + RANDOM + "/apology", "reason", "newReturnDate");
		controls(corpus, Role.OFFICER, Kind.GET, "/stats", "year", "month", "agency");
		controls(corpus, Role.ADMIN, Kind.POST, "/admin/agencies/new", "code", "name", "adminLevel", "address", "hotline",
				"email", "supportContact");
		controls(corpus, Role.ADMIN, Kind.POST, "/admin/procedures/new", "code", "name", "field", "agencyId",
				"serviceLevel", "adminLevel", "processingDays", "feeVnd", "feeNote", "legalBasis", "resultTypeCode",
				"requirements[0].name", "requirements[0].maxSizeMb");
		controls(corpus, Role.ADMIN, Kind.POST, "/admin/officers", "login", "fullName", "agencyId", "email");
		controls(corpus, Role.ADMIN, Kind.POST, "/admin/holidays", "day", "name");
		controls(corpus, Role.ADMIN, Kind.POST, "/admin/publications/imports/" + RANDOM + "/publish", "decisionNumber",
				"decisionDate", "effectiveFrom");
		controls(corpus, Role.ADMIN, Kind.GET, "/admin/holidays", "year");
		controls(corpus, Role.ADMIN, Kind.GET, "/admin/audit", "page");

		// Page numbers past any list, and ones that are not numbers.
		for (String page : List.of("214748365", "2147483647", "10001", "99999999999", "2e3")) {
			corpus.add(get("page " + page + " of the catalogue", Role.ANONYMOUS, "/procedures?page=" + page));
			corpus.add(get("page " + page + " of my dossiers", Role.CITIZEN, "/my/dossiers?page=" + page));
			corpus.add(get("page " + page + " of the desk", Role.OFFICER, "/desk?page=" + page));
			corpus.add(get("page " + page + " of the audit log", Role.ADMIN, "/admin/audit?page=" + page));
		}
		// Searches longer than any procedure's name.
		for (int words : List.of(151, 1000, 3500)) {
			corpus.add(get(words + " words", Role.ANONYMOUS,
					"/procedures?q=" + String.join("+", java.util.Collections.nCopies(words, "tu"))));
		}
		corpus.add(get("301 characters", Role.ANONYMOUS, "/procedures?q=" + "a".repeat(301)));
		// Mistyped and unknown parameters and paths.
		corpus.add(get("agency not a UUID", Role.ANONYMOUS, "/procedures?agency=abc"));
		corpus.add(get("unknown service level", Role.ANONYMOUS, "/procedures?level=LEVEL_5"));
		corpus.add(get("unknown admin level", Role.ANONYMOUS, "/procedures?adminLevel=NATION"));
		corpus.add(get("procedure not a UUID", Role.ANONYMOUS, "/procedures/abc"));
		corpus.add(get("unknown procedure", Role.ANONYMOUS, "/procedures/" + RANDOM));
		corpus.add(get("unknown template", Role.ANONYMOUS, "/files/templates/" + RANDOM + "/" + RANDOM));
		corpus.add(get("template ids not UUIDs", Role.ANONYMOUS, "/files/templates/x/y"));
		corpus.add(get("the error page visited", Role.ANONYMOUS, "/error"));
		corpus.add(get("the error page visited signed in", Role.OFFICER, "/error"));
		corpus.add(get("a page that does not exist", Role.OFFICER, "/khong-co-trang-nay"));
		corpus.add(raw("an unreadable percent sign",
				"GET /procedures?q=%25%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		corpus.add(get("new dossier without procedure", Role.CITIZEN, "/dossiers/new"));
		corpus.add(get("new dossier for no procedure", Role.CITIZEN, "/dossiers/new?procedure=abc"));
		corpus.add(get("someone's dossier", Role.CITIZEN, "/my/dossiers/" + RANDOM));
		corpus.add(get("dossier not a UUID", Role.OFFICER, "/desk/dossiers/abc"));
		corpus.add(get("unknown desk tab", Role.OFFICER, "/desk?tab=ALL_OF_THEM"));
		corpus.add(get("stats agency not a UUID", Role.OFFICER, "/stats?agency=abc"));
		corpus.add(get("stats year not a number", Role.OFFICER, "/stats?year=MMXXV"));
		corpus.add(get("holiday year not a number", Role.ADMIN, "/admin/holidays?year=abc"));
		corpus.add(get("unknown import", Role.ADMIN, "/admin/publications/imports/" + RANDOM));
		// List indexes past the binder's limit.
		corpus.add(new BadRequest("removeAttachments[300]", Role.CITIZEN, Kind.MULTIPART, "/dossiers",
				Map.of("removeAttachments[300]", RANDOM, "action", "save")));
		corpus.add(new BadRequest("removeAttachments[2147483647]", Role.CITIZEN, Kind.MULTIPART, "/dossiers",
				Map.of("removeAttachments[2147483647]", RANDOM)));
		corpus.add(post("requirements[300].name", Role.ADMIN, "/admin/procedures/new", "requirements[300].name", "Đơn"));
		corpus.add(post("requirements[-1].name", Role.ADMIN, "/admin/procedures/new", "requirements[-1].name", "Đơn"));
		corpus.add(post("requirements[256].name", Role.ADMIN, "/admin/procedures/new", "requirements[256].name", "Đơn"));
		// Missing and mistyped parameters of the desk's actions.
		corpus.add(new BadRequest("intake without procedure", Role.OFFICER, Kind.MULTIPART, "/desk/intake",
				Map.of("channel", "COUNTER", "submitterName", "Người nộp")));
		corpus.add(post("intake start without procedure", Role.OFFICER, "/desk/intake/start", "channel", "COUNTER"));
		corpus.add(post("intake start for no procedure", Role.OFFICER, "/desk/intake/start", "procedure", "abc"));
		corpus.add(post("receive without version", Role.OFFICER, "/desk/dossiers/" + RANDOM + "/receive",
				"identityChecked", "true"));
		corpus.add(post("receive with version abc", Role.OFFICER, "/desk/dossiers/" + RANDOM + "/receive", "version",
				"abc"));
		corpus.add(post("return by no method", Role.OFFICER, "/desk/dossiers/" + RANDOM + "/return", "version", "1",
				"method", "PIGEON"));
		corpus.add(post("return of an unknown dossier", Role.OFFICER, "/desk/dossiers/" + RANDOM + "/return", "version",
				"1", "method", "COUNTER"));
		corpus.add(post("holiday removal without day", Role.ADMIN, "/admin/holidays/delete", "name", "x"));
		corpus.add(post("officer of no agency", Role.ADMIN, "/admin/officers/" + RANDOM + "/disable", "x", "y"));
		// Methods a page does not take.
		corpus.add(get("GET on the intake's second step", Role.OFFICER, "/desk/intake/start"));
		corpus.add(get("GET on a draft's deletion", Role.CITIZEN, "/my/dossiers/" + RANDOM + "/delete"));
		corpus.add(get("GET on a holiday's removal", Role.ADMIN, "/admin/holidays/delete"));
		corpus.add(get("GET on the receipt action", Role.OFFICER, "/desk/dossiers/" + RANDOM + "/receive"));
		corpus.add(method("TRACE", Role.ANONYMOUS, "/"));
		corpus.add(method("TRACE", Role.CITIZEN, "/my/dossiers"));
		corpus.add(method("DELETE", Role.ANONYMOUS, "/procedures"));
		corpus.add(method("PUT", Role.ANONYMOUS, "/track"));
		corpus.add(method("PATCH", Role.OFFICER, "/desk"));
		// What Tomcat refuses before the portal sees it.
		corpus.add(raw("NUL in the path", "GET /a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("encoded dot segments", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("a space in the path", "GET /a b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("no Host header", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("a header without a name", "GET / HTTP/1.1\r\nHost: localhost\r\n: x\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("a control character in a header", "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\u0001b\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("a bare percent in the path", "GET /procedures/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		corpus.add(raw("a double slash the firewall refuses", "GET /procedures//..;/admin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		return corpus;
	}

	private static void controls(List<BadRequest> corpus, Role role, Kind kind, String path, String... fields) {
		for (String field : fields) {
			for (String control : CONTROLS) {
				String name = role + " " + kind + " " + path.replace(RANDOM, "{id}") + " " + field + " with U+"
						+ String.format("%04X", (int) control.charAt(0));
				corpus.add(new BadRequest(name, role, kind, path, Map.of(field, "ab" + control + "cd")));
			}
		}
	}

	private static BadRequest get(String name, Role role, String pathAndQuery) {
		return new BadRequest(name, role, Kind.GET, pathAndQuery, Map.of());
	}

	private static BadRequest post(String name, Role role, String path, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		return new BadRequest(name, role, Kind.POST, path, values);
	}

	private static BadRequest method(String method, Role role, String path) {
		return new BadRequest(method + " " + path + " as " + role, role, Kind.METHOD, path, Map.of("method", method));
	}

	private static BadRequest raw(String name, String request) {
		return new BadRequest(name, Role.ANONYMOUS, Kind.RAW, request, Map.of());
	}

	@Test
	void theCorpusCoversEveryFormWithAtLeastTwoHundredRequests() {
		List<BadRequest> corpus = corpus();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		assertThat(corpus).extracting(BadRequest::name).doesNotHaveDuplicates();
		assertThat(corpus.stream().map(BadRequest::role).distinct()).containsExactlyInAnyOrder(Role.values());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void aBadRequestGetsAVietnamesePageAndNoStackTrace(BadRequest request) {
		int before = this.log.list.size();
		PortalHttp http = this.sessions.get(request.role());
		PortalHttp.Answer answer = switch (request.kind()) {
			case GET -> http.get(request.path() + query(request.fields()));
			case POST -> http.post(request.path(), request.fields());
			case MULTIPART -> http.multipart(request.path(), request.fields(), "file-" + RANDOM, TestFiles.pdf());
			case METHOD -> http.method(request.fields().get("method"), request.path());
			case RAW -> http.raw(request.path());
		};

		assertThat(answer.status()).as("status").isBetween(400, 499);
		assertThat(answer.body()).as("body")
			.contains("lang=\"vi\"")
			.satisfies(body -> assertThat(this.errorTitles).anyMatch(body::contains))
			.doesNotContain("Exception", "at vn.dvc", "at org.", "Whitelabel", "HTTP Status", "Tomcat");
		for (String header : List.of("Referrer-Policy", "Permissions-Policy", "X-Content-Type-Options",
				"Content-Security-Policy")) {
			assertThat(answer.header(header)).as(header).isNotBlank();
		}
		List<ILoggingEvent> logged = List.copyOf(this.log.list.subList(before, this.log.list.size()));
		assertThat(logged).as("log lines").noneMatch(event -> event.getThrowableProxy() != null)
			.noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
			.noneMatch(event -> event.getFormattedMessage().contains("\tat "));
		this.checked++;
	}

	@AfterAll
	void everyRequestWasChecked() {
		assertThat(this.checked).isEqualTo(corpus().size());
	}

	private static String query(Map<String, String> fields) {
		if (fields.isEmpty()) {
			return "";
		}
		Function<String, String> encode = value -> java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
		return "?" + fields.entrySet()
			.stream()
			.map(field -> encode.apply(field.getKey()) + "=" + encode.apply(field.getValue()))
			.collect(Collectors.joining("&"));
	}

}

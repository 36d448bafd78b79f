package vn.dvc.portal.shared.web.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages to anonymous visitors from {@link PublicPages}: the catalogue, a
 * procedure's page, the home page, and the login and registration forms. It is the first filter,
 * so a page served from memory costs a map look-up and a write. Hits and misses are counted
 * ({@code dvc.page.cache}).
 *
 * <p>What keeps one person's page from another: only a request without a session cookie is
 * served or stored here (a logged-in person always has one, and their pages are rendered for
 * them); a render that created a session or set a cookie is not stored; and the CSRF token is
 * never in a stored body: the page is rendered with a hole in its place, and each visitor's own
 * token (from their cookie, or a new one with its cookie) is written into the hole when served.
 */
final class PublicPageFilter extends OncePerRequestFilter {

	/**
	 * A page this filter may keep, for how long, and the query parameters it reads: a request with
	 * any other parameter is rendered but not kept, so that made-up parameters cannot fill the cache
	 * with copies of one page and push out the pages people read.
	 */
	record Rule(Pattern path, Duration timeToLive, Set<String> parameters) {

		Rule {
			parameters = Set.copyOf(parameters);
		}

		/** The path as written when it is one path (most rules), for a comparison without the regex. */
		private String literal() {
			String pattern = this.path.pattern();
			return pattern.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '/' || c == '-') ? pattern : null;
		}

	}

	static final String LANGUAGE_COOKIE = "dvc-lang";

	/** A page larger than this is not kept: no public page comes near it. */
	private static final int MAX_PAGE_BYTES = 1024 * 1024;

	/** A longer path and query is not a page anyone links to; it is rendered but not kept. */
	private static final int MAX_KEY_LENGTH = 512;

	/** Headers of the render that are not part of the page: they are written for each response. */
	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"cache-control", "pragma", "expires", "vary", "etag", "content-encoding", "content-type");

	private static final String VARY = "Accept-Encoding, Cookie";

	private final PublicPages pages;

	/** The rules of one path each, by path; a page is found with one look-up. */
	private final Map<String, Rule> literalRules;

	/** The other rules, matched in turn. */
	private final List<Rule> patternRules;

	private final String sessionCookie;

	private final CsrfTokenRepository csrfTokens;

	private final XorCsrfTokenRequestAttributeHandler csrfMasking = new XorCsrfTokenRequestAttributeHandler();

	private final LongSupplier nanoTime;

	private final Counter hits;

	private final Counter misses;

	PublicPageFilter(PublicPages pages, List<Rule> rules, String sessionCookie, CsrfTokenRepository csrfTokens,
			LongSupplier nanoTime, MeterRegistry meters) {
		this.hits = Counter.builder("dvc.page.cache").tag("result", "hit").register(meters);
		this.misses = Counter.builder("dvc.page.cache").tag("result", "miss").register(meters);
		this.pages = pages;
		this.literalRules = rules.stream()
			.filter(rule -> rule.literal() != null)
			.collect(Collectors.toUnmodifiableMap(Rule::literal, rule -> rule));
		this.patternRules = rules.stream().filter(rule -> rule.literal() == null).toList();
		this.sessionCookie = sessionCookie;
		this.csrfTokens = csrfTokens;
		this.nanoTime = nanoTime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Rule rule = ruleFor(request);
		String key = (rule != null) ? key(request, rule) : null;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		CachedPage cached = this.pages.get(key, this.nanoTime.getAsLong());
		if (cached != null) {
			this.hits.increment();
			replayHeaders(cached, response);
			response.setContentType(cached.contentType());
			writeBody(cached, request, response, head);
			return;
		}
		if (head) {
			// A HEAD render has no body to keep.
			chain.doFilter(request, response);
			return;
		}
		this.misses.increment();
		long generation = this.pages.generation();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		// Set before the render, so that Spring Security does not mark the page "no-store".
		rendering.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		chain.doFilter(new RenderingWithHoles(request), rendering);
		CachedPage page = keepable(request, rendering, rule);
		if (page == null) {
			if (!rendering.isCommitted()) {
				rendering.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			rendering.copyBodyToResponse();
			return;
		}
		this.pages.put(key, page, generation);
		// The render's headers are on the response already; only the body is written anew.
		writeBody(page, request, response, false);
	}

	/**
	 * The render's headers. No filter before this one writes any (the security headers are the
	 * render's too), so each is set as it was rendered: the first of its name set, the others added.
	 */
	private static void replayHeaders(CachedPage page, HttpServletResponse response) {
		for (CachedPage.Header header : page.headers()) {
			if (header.first()) {
				response.setHeader(header.name(), header.value());
			}
			else {
				response.addHeader(header.name(), header.value());
			}
		}
	}

	/** The page as it may be kept, or null when this render must not be shown to anyone else. */
	private CachedPage keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering, Rule rule) {
		String contentType = rendering.getContentType();
		if (rendering.getStatus() != HttpServletResponse.SC_OK || rendering.isCommitted() || contentType == null
				|| !contentType.startsWith("text/html") || rendering.getContentSize() > MAX_PAGE_BYTES
				// A session created by the render shows as its cookie (this filter is before Spring Session's).
				|| !rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || request.getSession(false) != null) {
			return null;
		}
		List<CachedPage.Header> headers = new ArrayList<>();
		for (String name : rendering.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				boolean first = true;
				for (String value : rendering.getHeaders(name)) {
					headers.add(new CachedPage.Header(name, value, first));
					first = false;
				}
			}
		}
		return CachedPage.of(contentType, List.copyOf(headers), rendering.getContentAsByteArray(),
				this.nanoTime.getAsLong() + rule.timeToLive().toNanos());
	}

	private void writeBody(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean head)
			throws IOException {
		response.setHeader(HttpHeaders.VARY, VARY);
		byte[] body;
		if (page.hasHoles()) {
			// The visitor's own token is in this body: no one else may get it from a cache.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			body = page.body(csrfTokenOf(request, response));
		}
		else {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.ETAG, page.etag());
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			if (acceptsGzip(request)) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				body = page.gzip();
			}
			else {
				body = page.body(null);
			}
		}
		response.setContentLength(body.length);
		if (!head) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * The visitor's CSRF token, masked as Spring Security masks it in a form: from their cookie, or
	 * a new one sent in a new cookie.
	 */
	private String csrfTokenOf(HttpServletRequest request, HttpServletResponse response) {
		CsrfToken token = this.csrfTokens.loadToken(request);
		if (token == null) {
			token = this.csrfTokens.generateToken(request);
			this.csrfTokens.saveToken(token, request, response);
		}
		CsrfToken raw = token;
		this.csrfMasking.handle(request, response, () -> raw);
		return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
	}

	private Rule ruleFor(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Rule exact = this.literalRules.get(path);
		if (exact != null) {
			return exact;
		}
		for (Rule rule : this.patternRules) {
			if (rule.path().matcher(path).matches()) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * The page's key: language, path and query. Null when the request is not anonymous, changes the
	 * language (the answer sets a cookie), has a parameter the page does not read, or is too long to
	 * be a page anyone links to.
	 */
	private String key(HttpServletRequest request, Rule rule) {
		String language = "vi";
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(this.sessionCookie)) {
					return null;
				}
				if (cookie.getName().equals(LANGUAGE_COOKIE)) {
					String value = cookie.getValue();
					if ("en".equals(value) || "vi".equals(value)) {
						language = value;
					}
					else {
						return null;
					}
				}
			}
		}
		String query = request.getQueryString();
		if (query != null && (query.startsWith("lang=") || query.contains("&lang=")
				|| !rule.parameters().containsAll(request.getParameterMap().keySet()))) {
			return null;
		}
		String key = language + ' ' + request.getRequestURI() + ((query != null) ? "?" + query : "");
		return (key.length() <= MAX_KEY_LENGTH) ? key : null;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values.hasMoreElements()) {
			String value = values.nextElement().toLowerCase(Locale.ROOT);
			if (value.contains("gzip") && !value.contains("gzip;q=0")) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The request as the render sees it: its CSRF token is the hole, so that the stored page holds
	 * nobody's token. Spring Security's own token is then never asked for, and no cookie is set by
	 * the render.
	 */
	private static final class RenderingWithHoles extends HttpServletRequestWrapper {

		private static final CsrfToken HOLE = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", CachedPage.HOLE);

		RenderingWithHoles(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			if (name.equals(CsrfToken.class.getName()) || name.equals("_csrf")) {
				return HOLE;
			}
			return super.getAttribute(name);
		}

	}

}

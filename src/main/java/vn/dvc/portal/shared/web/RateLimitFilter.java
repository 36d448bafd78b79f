package vn.dvc.portal.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dvc.portal.shared.security.PersonalKeys;

/**
 * Counts the requests that can be abused, per client address and, for logins and activation, per
 * account, in buckets kept in the database. A request over the limit gets 429 and a page saying
 * when to try again. Keys are keyed hashes (HMAC, secret outside the database), so that no address or
 * ID number is stored, nor can be found again from the table by trying candidates.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** One limit: which requests it counts, what it counts them by, and how many it allows. */
	record Rule(String name, String method, String path, Function<HttpServletRequest, String> key, long capacity,
			Duration period) {

		boolean matches(HttpServletRequest request) {
			// The path within the application, not the servlet path, which MockMvc leaves empty.
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return this.method.equals(request.getMethod()) && this.path.equals(path);
		}

		BucketConfiguration configuration() {
			return BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(this.capacity).refillGreedy(this.capacity, this.period))
				.build();
		}

	}

	private final ProxyManager<String> buckets;

	private final List<Rule> rules;

	private final PersonalKeys keys;

	RateLimitFilter(ProxyManager<String> buckets, List<Rule> rules, PersonalKeys keys) {
		this.buckets = buckets;
		this.rules = rules;
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Rule rule : this.rules) {
			if (!rule.matches(request)) {
				continue;
			}
			String subject = rule.key().apply(request);
			if (subject == null || subject.isBlank()) {
				continue;
			}
			ConsumptionProbe probe = this.buckets.builder()
				.build(rule.name() + ":" + this.keys.of("rate-limit:" + rule.name(), subject), rule::configuration)
				.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
				response.setHeader("Retry-After", Long.toString(seconds));
				request.setAttribute("retryAfterMinutes", Math.max(1, (seconds + 59) / 60));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}

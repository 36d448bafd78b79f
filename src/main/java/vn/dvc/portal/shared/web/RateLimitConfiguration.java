package vn.dvc.portal.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.http.HttpServletRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import vn.dvc.portal.shared.security.ClientNetworks;
import vn.dvc.portal.shared.security.LoginNames;
import vn.dvc.portal.shared.security.PersonalKeys;

/**
 * The limits, in one place: how many attempts a client (and, where it matters, an account) gets
 * before it has to wait.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dvc.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

	/** The client's address, or its /64 network for IPv6. */
	private static final Function<HttpServletRequest, String> CLIENT = request -> ClientNetworks.of(request.getRemoteAddr());

	/** Keyed on the account, not on the text typed: "042.087 000645" is the same login as "042087000645". */
	private static final Function<HttpServletRequest, String> LOGIN = request -> {
		String login = request.getParameter("login");
		return (login == null) ? null : LoginNames.normalize(login);
	};

	private static final Function<HttpServletRequest, String> REGISTERED_ID = request -> {
		String idNumber = request.getParameter("idNumber");
		return (idNumber == null) ? null : LoginNames.normalize(idNumber);
	};

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
			.build();
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets,
			PersonalKeys keys) {
		// Failed logins per account are counted by the account module's login throttle, which lets the
		// owner in from an address that has not been failing; a bucket here would lock the owner out.
		List<RateLimitFilter.Rule> rules = List.of(
				new RateLimitFilter.Rule("login-client", "POST", "/login", CLIENT, 20, Duration.ofMinutes(10)),
				new RateLimitFilter.Rule("register", "POST", "/register", CLIENT, 10, Duration.ofHours(1)),
				// A registration of a number that has an account sends a notice to its contact on file.
				new RateLimitFilter.Rule("register-account", "POST", "/register", REGISTERED_ID, 3, Duration.ofHours(1)),
				new RateLimitFilter.Rule("activate-code", "POST", "/activate/code", CLIENT, 10, Duration.ofMinutes(15)),
				new RateLimitFilter.Rule("resend-client", "POST", "/activate/resend", CLIENT, 5, Duration.ofHours(1)),
				new RateLimitFilter.Rule("resend-account", "POST", "/activate/resend", LOGIN, 3, Duration.ofHours(1)),
				new RateLimitFilter.Rule("track", "GET", "/track", CLIENT, 60, Duration.ofMinutes(1)),
				new RateLimitFilter.Rule("captcha", "GET", "/captcha", CLIENT, 60, Duration.ofMinutes(1)));
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(buckets, rules, keys));
		// Before Spring Security, which handles the login itself.
		registration.setOrder(-200);
		registration.addUrlPatterns("/login", "/register", "/activate/*", "/track", "/captcha");
		return registration;
	}

	@Bean
	ExpiredBuckets expiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		return new ExpiredBuckets(buckets);
	}

	/** Clears buckets that have refilled, so that the table stays small. */
	static class ExpiredBuckets {

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
		@SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
		void removeExpired() {
			while (this.buckets.removeExpired(1000) == 1000) {
				// keep going until a partial batch shows the table is clean
			}
		}

	}

}

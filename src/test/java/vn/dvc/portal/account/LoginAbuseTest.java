package vn.dvc.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dvc.portal.support.LimitedPortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Password guessing against the login form, with the limits on as in production: the limits count
 * the account however its number is typed, a stranger cannot lock the owner out, and an account
 * never takes more than a hundred failures an hour.
 */
@LimitedPortalTest
class LoginAbuseTest {

	private static final String PASSWORD = "mot cau mat khau dai";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	/** A client address no other test uses. */
	private static String newAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

	private MockHttpServletRequestBuilder login(String login, String password, String address) {
		return post("/login").param("login", login).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private MvcResult attempt(String login, String password, String address) throws Exception {
		return this.mvc.perform(login(login, password, address)).andReturn();
	}

	private static boolean failed(MvcResult result) {
		return result.getResponse().getStatus() == 302
				&& "/login?error=bad".equals(result.getResponse().getRedirectedUrl());
	}

	private static boolean loggedIn(MvcResult result) {
		return result.getResponse().getStatus() == 302
				&& "/my/dossiers".equals(result.getResponse().getRedirectedUrl());
	}

	private static boolean throttled(MvcResult result) {
		return result.getResponse().getStatus() == 429 && result.getResponse().getHeader("Retry-After") != null;
	}

	@Test
	void anIdNumberTypedWithDotsSpacesOrDashesIsTheSameAccountForTheLimits() throws Exception {
		String id = TestAccounts.activeCitizen(this.context, "Trần Văn Thử", null).getUsername();
		String dotted = id.substring(0, 3) + "." + id.substring(3, 6) + "." + id.substring(6, 9) + "." + id.substring(9);
		String spaced = dotted.replace('.', ' ');
		String dashed = dotted.replace('.', '-');
		String address = newAddress();

		assertThat(failed(attempt(id, "sai mat khau 1", address))).isTrue();
		assertThat(failed(attempt(dotted, "sai mat khau 2", address))).isTrue();
		assertThat(failed(attempt(spaced, "sai mat khau 3", address))).isTrue();

		// Three failures on the account from this address: the next attempt waits, whatever the
		// typing, and even with the right password.
		MvcResult dashedAttempt = attempt(dashed, "sai mat khau 4", address);
		assertThat(throttled(dashedAttempt)).as("status %s", dashedAttempt.getResponse().getStatus()).isTrue();
		assertThat(throttled(attempt(spaced, PASSWORD, address))).isTrue();
		assertThat(throttled(attempt(" " + dotted + " ", PASSWORD, address))).isTrue();
		assertThat(Long.parseLong(dashedAttempt.getResponse().getHeader("Retry-After"))).isPositive();
	}

	@Test
	void aStrangerFailingFromOneAddressDoesNotLockTheOwnerOut() throws Exception {
		String id = TestAccounts.activeCitizen(this.context, "Lê Thị Chủ", null).getUsername();
		String attacker = newAddress();
		List<MvcResult> attacks = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			attacks.add(attempt(id, "doan mo " + i, attacker));
		}
		assertThat(attacks).filteredOn(LoginAbuseTest::failed).hasSize(LoginThrottle.FREE_FAILURES);
		assertThat(attacks).filteredOn(LoginAbuseTest::throttled).hasSize(10 - LoginThrottle.FREE_FAILURES);

		// The owner, from an address that has not been failing, gets in with the right password,
		// even after a typo of their own.
		String owner = newAddress();
		assertThat(failed(attempt(id, "go nham mot lan", owner))).isTrue();
		assertThat(loggedIn(attempt(id, PASSWORD, owner))).isTrue();
		// Their typo is forgiven for this address, and the stranger still waits.
		assertThat(loggedIn(attempt(id, PASSWORD, owner))).isTrue();
		assertThat(throttled(attempt(id, PASSWORD, attacker))).isTrue();
	}

	@Test
	void anUnknownLoginIsThrottledLikeAKnownOne() throws Exception {
		String unknown = TestAccounts.newCccd();
		String address = newAddress();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(failed(attempt(unknown, "bat ky " + i, address))).isTrue();
		}
		assertThat(throttled(attempt(unknown, "bat ky", address))).isTrue();
	}

	@Test
	void anAccountTakesAtMostAHundredFailuresAnHourFromAnyNumberOfAddresses() throws Exception {
		String id = TestAccounts.activeCitizen(this.context, "Phạm Văn Giới Hạn", null).getUsername();
		// 40 addresses, three guesses each, eight at a time: 120 attempts in parallel.
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			addresses.add(newAddress());
		}
		List<MvcResult> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<MvcResult>>> futures = new ArrayList<>();
			for (String address : addresses) {
				futures.add(pool.submit(() -> {
					List<MvcResult> mine = new ArrayList<>();
					for (int i = 0; i < 3; i++) {
						mine.add(attempt(id, "doan " + UUID.randomUUID(), address));
					}
					return mine;
				}));
			}
			for (Future<List<MvcResult>> future : futures) {
				results.addAll(future.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(results).hasSize(120);
		assertThat(results).filteredOn(LoginAbuseTest::failed).hasSize(LoginThrottle.MAX_FAILURES_PER_HOUR);
		assertThat(results).filteredOn(LoginAbuseTest::throttled).hasSize(20);
		assertThat(this.jdbc.queryForObject("select count(*) from login_attempt where account_key = ?", Integer.class,
				this.throttle.accountKey(id)))
			.isEqualTo(LoginThrottle.MAX_FAILURES_PER_HOUR);
		// Now nobody gets in for the rest of the hour, the owner neither: the cap holds for everyone.
		assertThat(throttled(attempt(id, PASSWORD, newAddress()))).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'LOGIN_LOCKED_OUT' and subject_key = ? and detail = 'account'",
				Integer.class, this.throttle.accountKey(id)))
			.isPositive();
	}

}

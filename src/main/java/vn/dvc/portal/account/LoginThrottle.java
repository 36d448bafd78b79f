package vn.dvc.portal.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.dvc.portal.audit.AuditEntry;
import vn.dvc.portal.audit.AuditKind;
import vn.dvc.portal.audit.AuditTrail;
import vn.dvc.portal.audit.Masks;
import vn.dvc.portal.shared.security.ClientNetworks;
import vn.dvc.portal.shared.security.LoginNames;
import vn.dvc.portal.shared.security.LoginThrottledException;
import vn.dvc.portal.shared.security.PersonalKeys;
import vn.dvc.portal.shared.web.RateLimitProperties;

/**
 * Limits password guessing per account (OWASP ASVS 5, V6.3.1) without letting a stranger lock the
 * owner out. Attempts are keyed by the account (the normalised login), never by the text typed:
 * <ul>
 * <li>from one address, an account gets {@value #FREE_FAILURES} failures, then waits 30 s, 1, 2, 4,
 * 8 and at most 15 minutes before each next attempt; another address, which has not been failing
 * on this account, is not slowed down, so the owner with the right password still gets in (an
 * IPv6 address counts as its /64 network, which one subscriber holds whole);</li>
 * <li>whatever the addresses, an account never takes more than {@value #MAX_FAILURES_PER_HOUR}
 * failed attempts in an hour: past that, every attempt waits until the oldest failure is an hour
 * old. An attempt holds its place before the password is checked and gives it back when the
 * password was right, so parallel attempts cannot pass the cap either.</li>
 * </ul>
 * Unknown logins are counted the same way, so the limits say nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 3;

	static final int MAX_FAILURES_PER_HOUR = 100;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	private final PersonalKeys keys;

	private final AuditTrail audit;

	private final RateLimitProperties properties;

	LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, PersonalKeys keys, AuditTrail audit,
			RateLimitProperties properties) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.keys = keys;
		this.audit = audit;
		this.properties = properties;
	}

	/** The key every limit and audit event of this login uses: a keyed hash of the normalised login. */
	String accountKey(String typedLogin) {
		return this.keys.of("login-account", LoginNames.normalize(typedLogin));
	}

	/**
	 * Takes a place for one attempt, or refuses it.
	 * @throws LoginThrottledException when the address or the account must wait
	 */
	Attempt begin(String typedLogin, String clientAddress) {
		if (!this.properties.enabled()) {
			return Attempt.UNCOUNTED;
		}
		String account = accountKey(typedLogin);
		String client = this.keys.of("login-client", ClientNetworks.of(clientAddress));
		Long id = this.separately.execute(status -> {
			// Attempts on one account queue here for a moment only: the password is checked afterwards.
			this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 6))", Object.class, account);
			Window seen = this.jdbc.queryForObject("""
					select now() as now, count(*) as total, min(attempted_at) as oldest,
					       count(*) filter (where client_key = ? and not forgiven) as mine,
					       max(attempted_at) filter (where client_key = ? and not forgiven) as last_mine
					from login_attempt where account_key = ? and attempted_at > now() - interval '1 hour'
					""", (rs, n) -> new Window(rs.getTimestamp("now").toInstant(), rs.getInt("total"),
					instant(rs.getTimestamp("oldest")), rs.getInt("mine"), instant(rs.getTimestamp("last_mine"))),
					client, client, account);
			Duration wait = seen.waitFor();
			if (!wait.isZero()) {
				throw new LoginThrottledException(wait);
			}
			return this.jdbc.queryForObject("""
					insert into login_attempt (account_key, client_key, attempted_at) values (?, ?, now()) returning id
					""", Long.class, account, client);
		});
		return new Attempt(this, id, account, client, Masks.login(typedLogin), clientAddress);
	}

	private void succeeded(Attempt attempt) {
		this.separately.executeWithoutResult(status -> {
			this.jdbc.update("delete from login_attempt where id = ?", attempt.id);
			// The owner's own typos from this address no longer slow them down; they still count
			// towards the account's hourly cap.
			this.jdbc.update("update login_attempt set forgiven = true where account_key = ? and client_key = ?",
					attempt.account, attempt.client);
		});
	}

	private void failed(Attempt attempt) {
		Integer[] counts = this.jdbc.queryForObject("""
				select count(*) filter (where client_key = ? and not forgiven), count(*)
				from login_attempt where account_key = ? and attempted_at > now() - interval '1 hour'
				""", (rs, n) -> new Integer[] { rs.getInt(1), rs.getInt(2) }, attempt.client, attempt.account);
		String reached = (counts[1] >= MAX_FAILURES_PER_HOUR) ? "account"
				: (counts[0] == FREE_FAILURES) ? "address" : null;
		if (reached != null) {
			this.audit.record(AuditEntry.of(AuditKind.LOGIN_LOCKED_OUT)
				.by(null, attempt.maskedLogin)
				.about(attempt.maskedLogin, attempt.account)
				.from(attempt.clientAddress)
				.saying(reached));
		}
	}

	/** Removes what no limit looks at any more, so that the table stays small. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
	@SchedulerLock(name = "login-attempt-cleanup", lockAtMostFor = "PT5M")
	void removeExpired() {
		this.jdbc.update("delete from login_attempt where attempted_at < now() - interval '1 hour'");
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	/** The attempts of the last hour on one account, and those of this address among them. */
	private record Window(Instant now, int total, Instant oldest, int mine, Instant lastMine) {

		Duration waitFor() {
			if (this.total >= MAX_FAILURES_PER_HOUR) {
				return positive(Duration.between(this.now, this.oldest.plus(WINDOW)));
			}
			if (this.mine >= FREE_FAILURES) {
				int doublings = Math.min(this.mine - FREE_FAILURES, 10);
				Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
				if (delay.compareTo(MAX_DELAY) > 0) {
					delay = MAX_DELAY;
				}
				Duration left = Duration.between(this.now, this.lastMine.plus(delay));
				return left.isNegative() ? Duration.ZERO : positive(left);
			}
			return Duration.ZERO;
		}

		private static Duration positive(Duration duration) {
			return (duration.isNegative() || duration.isZero()) ? Duration.ofSeconds(1) : duration;
		}

	}

	/** One attempt that holds its place until the password check says how it went. */
	static final class Attempt {

		static final Attempt UNCOUNTED = new Attempt(null, null, null, null, null, null);

		private final LoginThrottle throttle;

		private final Long id;

		private final String account;

		private final String client;

		private final String maskedLogin;

		private final String clientAddress;

		private Attempt(LoginThrottle throttle, Long id, String account, String client, String maskedLogin,
				String clientAddress) {
			this.throttle = throttle;
			this.id = id;
			this.account = account;
			this.client = client;
			this.maskedLogin = maskedLogin;
			this.clientAddress = clientAddress;
		}

		/** The password was right (even if the account cannot be used): the place is given back. */
		void succeeded() {
			if (this.throttle != null) {
				this.throttle.succeeded(this);
			}
		}

		/** The password was wrong: the place stays taken, as a failure. */
		void failed() {
			if (this.throttle != null) {
				this.throttle.failed(this);
			}
		}

	}

}

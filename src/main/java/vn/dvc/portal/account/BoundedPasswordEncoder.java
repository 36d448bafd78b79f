package vn.dvc.portal.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id hashing with a bound on how many hashes run at once and how many wait. Each hash takes
 * its memory cost from the heap; unbounded, forty logins at once filled a 256 MB heap. A login
 * over the bound is refused with {@link HashingBusyException}, answered 503 with a page asking to
 * try again, instead of taking memory and processors from everyone else. Hashes made with other
 * parameters (Spring Security's defaults, bcrypt) are re-hashed at the next successful login.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private static final Logger log = LoggerFactory.getLogger(BoundedPasswordEncoder.class);

	private static final String ARGON2 = "argon2";

	private static final Pattern ARGON2_PARAMETERS = Pattern.compile("^\\{argon2}\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$");

	/** The share of the heap that hashes may take at once. */
	private static final int HEAP_SHARE = 8;

	/** A login refused because too many are being hashed or waiting. */
	static final class HashingBusyException extends AuthenticationServiceException {

		HashingBusyException() {
			super("Password hashing is at its limit");
		}

	}

	private final PasswordEncoder delegate;

	private final PasswordHashingProperties properties;

	private final Semaphore turns;

	private final int concurrency;

	private final AtomicInteger waiting = new AtomicInteger();

	private final Counter refused;

	BoundedPasswordEncoder(PasswordHashingProperties properties, long maxHeapBytes, int processors, MeterRegistry meters) {
		// Salt and hash lengths as Spring Security's defaults; one lane, as OWASP's parameters.
		this(properties, concurrency(properties, maxHeapBytes, processors), new DelegatingPasswordEncoder(ARGON2,
				java.util.Map.of(ARGON2, new Argon2PasswordEncoder(16, 32, 1, properties.memoryKib(), properties.iterations()),
						"bcrypt", new BCryptPasswordEncoder())),
				meters);
		log.info("Password hashing: Argon2id m={} KiB t={} p=1, at most {} at once ({} MiB of a {} MiB heap), "
				+ "{} waiting at most {} s", properties.memoryKib(), properties.iterations(), this.concurrency,
				this.concurrency * (long) properties.memoryKib() / 1024, maxHeapBytes / (1024 * 1024),
				properties.maxWaiting(), properties.maxWait().toSeconds());
	}

	/** The bound around any encoder; the portal's is Argon2id with the configured parameters. */
	BoundedPasswordEncoder(PasswordHashingProperties properties, int concurrency, PasswordEncoder delegate,
			MeterRegistry meters) {
		this.properties = properties;
		this.concurrency = concurrency;
		this.turns = new Semaphore(concurrency, true);
		this.delegate = delegate;
		this.refused = Counter.builder("dvc.password.hashing.refused")
			.description("logins and password changes refused because hashing was at its limit")
			.register(meters);
		Gauge.builder("dvc.password.hashing.waiting", this.waiting, AtomicInteger::get)
			.description("logins waiting for their turn to be hashed")
			.register(meters);
	}

	/**
	 * As configured (half the processors by default), lowered so that the hashes running at once
	 * take at most an eighth of the heap.
	 */
	static int concurrency(PasswordHashingProperties properties, long maxHeapBytes, int processors) {
		int wanted = (properties.concurrency() > 0) ? properties.concurrency() : Math.max(1, processors / 2);
		long perHash = properties.memoryKib() * 1024L * 105 / 100;
		long fits = Math.max(1, (maxHeapBytes / HEAP_SHARE) / perHash);
		return (int) Math.min(wanted, fits);
	}

	int concurrency() {
		return this.concurrency;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return bounded(() -> this.delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return bounded(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	/** Any hash not made with the current parameters is made again. */
	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		if (encodedPassword == null) {
			return false;
		}
		Matcher parameters = ARGON2_PARAMETERS.matcher(encodedPassword);
		if (!parameters.find()) {
			return true;
		}
		return Integer.parseInt(parameters.group(1)) != this.properties.memoryKib()
				|| Integer.parseInt(parameters.group(2)) != this.properties.iterations()
				|| Integer.parseInt(parameters.group(3)) != 1;
	}

	private <T> T bounded(Supplier<T> hashing) {
		if (this.waiting.incrementAndGet() > this.properties.maxWaiting() + this.turns.availablePermits()) {
			this.waiting.decrementAndGet();
			this.refused.increment();
			throw new HashingBusyException();
		}
		boolean turn = false;
		try {
			turn = this.turns.tryAcquire(this.properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.waiting.decrementAndGet();
		}
		if (!turn) {
			this.refused.increment();
			throw new HashingBusyException();
		}
		try {
			return hashing.get();
		}
		finally {
			this.turns.release();
		}
	}

}

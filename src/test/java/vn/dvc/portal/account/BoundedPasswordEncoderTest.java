package vn.dvc.portal.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bound on password hashing, with real threads: no more hashes run at once than allowed, no
 * more wait than allowed, the rest are refused at once or after the longest wait, and the heap
 * decides how many may run at once. The hash itself is a stand-in that holds its turn until the
 * test lets it go, so that what is tested is the bound, not Argon2's speed.
 */
class BoundedPasswordEncoderTest {

	private static final long MIB = 1024 * 1024;

	/** A hash that waits until released and counts how many run at once. */
	static final class HeldHash implements PasswordEncoder {

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return "{held}" + rawPassword;
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.calls.incrementAndGet();
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				return this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			finally {
				this.running.decrementAndGet();
			}
		}

	}

	private static PasswordHashingProperties properties(int concurrency, int maxWaiting, Duration maxWait) {
		return new PasswordHashingProperties(7168, 5, concurrency, maxWaiting, maxWait);
	}

	@Test
	void tenLoginsAtOnceRunTwoWaitThreeAndRefuseTheRestAtOnce() throws Exception {
		HeldHash hash = new HeldHash();
		BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(properties(2, 3, Duration.ofSeconds(30)), 2, hash,
				new SimpleMeterRegistry());
		ExecutorService logins = Executors.newFixedThreadPool(10);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				answers.add(logins.submit(() -> encoder.matches("mat khau", "{held}mat khau")));
			}
			int refused = 0;
			List<Future<Boolean>> accepted = new ArrayList<>();
			for (Future<Boolean> answer : answers) {
				try {
					// A refusal is immediate; an accepted login is still hashing or waiting.
					answer.get(2, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(BoundedPasswordEncoder.HashingBusyException.class);
					refused++;
				}
				catch (java.util.concurrent.TimeoutException ex) {
					accepted.add(answer);
				}
			}
			assertThat(refused).isEqualTo(5);
			assertThat(accepted).hasSize(5);
			assertThat(hash.mostAtOnce.get()).isEqualTo(2);

			hash.release.countDown();
			for (Future<Boolean> answer : accepted) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
			}
			assertThat(hash.calls.get()).isEqualTo(5);
			assertThat(hash.mostAtOnce.get()).isEqualTo(2);
		}
		finally {
			hash.release.countDown();
			logins.shutdownNow();
		}
	}

	@Test
	void aLoginThatWaitedTheLongestWaitIsRefused() throws Exception {
		HeldHash hash = new HeldHash();
		BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(properties(1, 5, Duration.ofMillis(200)), 1, hash,
				new SimpleMeterRegistry());
		ExecutorService logins = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> first = logins.submit(() -> encoder.matches("mat khau", "{held}mat khau"));
			while (hash.running.get() == 0) {
				Thread.onSpinWait();
			}
			assertThatExceptionOfType(BoundedPasswordEncoder.HashingBusyException.class)
				.isThrownBy(() -> encoder.matches("mat khau", "{held}mat khau"));
			hash.release.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			hash.release.countDown();
			logins.shutdownNow();
		}
	}

	@Test
	void asManyHashesRunAtOnceAsAnEighthOfTheHeapHolds() {
		PasswordHashingProperties halfTheProcessors = properties(0, 100, Duration.ofSeconds(10));
		assertThat(BoundedPasswordEncoder.concurrency(halfTheProcessors, 256 * MIB, 2)).isEqualTo(1);
		assertThat(BoundedPasswordEncoder.concurrency(halfTheProcessors, 4096 * MIB, 8)).isEqualTo(4);
		PasswordHashingProperties fifty = properties(50, 100, Duration.ofSeconds(10));
		// 32 MiB of a 256 MiB heap holds four hashes of 7 MiB, whatever was asked.
		assertThat(BoundedPasswordEncoder.concurrency(fifty, 256 * MIB, 2)).isEqualTo(4);
		assertThat(BoundedPasswordEncoder.concurrency(fifty, 16 * MIB, 2)).as("at least one").isEqualTo(1);
	}

	@Test
	void hashesMadeWithOtherParametersAreMadeAgainAndTheCurrentOnesAreKept() {
		BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(properties(1, 10, Duration.ofSeconds(10)),
				64 * MIB, 2, new SimpleMeterRegistry());
		String current = encoder.encode("mot cau mat khau dai");
		assertThat(current).startsWith("{argon2}$argon2id$v=19$m=7168,t=5,p=1$");
		assertThat(encoder.matches("mot cau mat khau dai", current)).isTrue();
		assertThat(encoder.upgradeEncoding(current)).isFalse();
		String springDefaults = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("mot cau mat khau dai");
		assertThat(encoder.matches("mot cau mat khau dai", springDefaults)).isTrue();
		assertThat(encoder.upgradeEncoding(springDefaults)).isTrue();
		assertThat(encoder.upgradeEncoding("{bcrypt}$2a$10$abcdefghijklmnopqrstuv")).isTrue();
	}

}

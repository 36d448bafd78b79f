package vn.dvc.portal.notify;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageTest {

	private static final Instant NOW = Instant.parse("2024-11-05T02:00:00Z");

	private static final Duration BASE = Duration.ofSeconds(30);

	private static final Duration MAX = Duration.ofMinutes(3);

	private static final int MAX_ATTEMPTS = 6;

	private final OutboxMessage message = new OutboxMessage(OutboxMessage.Channel.EMAIL, "an@example.com",
			"Kích hoạt tài khoản", "Chào An", NOW);

	private Instant nextAttemptAt() {
		return (Instant) ReflectionTestUtils.getField(this.message, "nextAttemptAt");
	}

	@Test
	void aNewMessageIsDueAtOnce() {
		assertThat(this.message.status()).isEqualTo(OutboxMessage.Status.PENDING);
		assertThat(this.message.attempts()).isZero();
		assertThat(nextAttemptAt()).isEqualTo(NOW);
		assertThat(this.message.sentAt()).isNull();
		assertThat(this.message.lastError()).isNull();
	}

	@Test
	void eachFailureDoublesTheWaitUpToTheMaximum() {
		Instant at = NOW;
		Duration[] expected = { Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
				Duration.ofMinutes(3), Duration.ofMinutes(3) };
		for (int i = 0; i < expected.length; i++) {
			at = at.plusSeconds(1);
			this.message.markFailed("Connection refused " + i, at, BASE, MAX, MAX_ATTEMPTS);
			assertThat(this.message.attempts()).isEqualTo(i + 1);
			assertThat(this.message.status()).isEqualTo(OutboxMessage.Status.PENDING);
			assertThat(this.message.lastError()).isEqualTo("Connection refused " + i);
			assertThat(nextAttemptAt()).as("after failure %d", i + 1).isEqualTo(at.plus(expected[i]));
		}
	}

	@Test
	void afterMaxAttemptsTheMessageIsFailedForGood() {
		for (int i = 1; i < MAX_ATTEMPTS; i++) {
			this.message.markFailed("down", NOW, BASE, MAX, MAX_ATTEMPTS);
			assertThat(this.message.status()).isEqualTo(OutboxMessage.Status.PENDING);
		}
		this.message.markFailed("still down", NOW, BASE, MAX, MAX_ATTEMPTS);

		assertThat(this.message.status()).isEqualTo(OutboxMessage.Status.FAILED);
		assertThat(this.message.attempts()).isEqualTo(MAX_ATTEMPTS);
		assertThat(this.message.lastError()).isEqualTo("still down");
	}

	@Test
	void longErrorsAreCutToFitTheColumn() {
		this.message.markFailed("x".repeat(2000), NOW, BASE, MAX, MAX_ATTEMPTS);
		assertThat(this.message.lastError()).hasSize(500);
		this.message.markFailed(null, NOW, BASE, MAX, MAX_ATTEMPTS);
		assertThat(this.message.lastError()).isNull();
	}

	@Test
	void manyFailuresDoNotOverflowTheWait() {
		for (int i = 0; i < 70; i++) {
			this.message.markFailed("down", NOW, Duration.ofMinutes(10), Duration.ofHours(1), 100);
		}
		assertThat(nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void markSentRecordsTheAttemptAndClearsTheError() {
		this.message.markFailed("down", NOW, BASE, MAX, MAX_ATTEMPTS);
		Instant later = NOW.plusSeconds(45);

		this.message.markSent(later);

		assertThat(this.message.status()).isEqualTo(OutboxMessage.Status.SENT);
		assertThat(this.message.sentAt()).isEqualTo(later);
		assertThat(this.message.attempts()).isEqualTo(2);
		assertThat(this.message.lastError()).isNull();
	}

}

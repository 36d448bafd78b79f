package vn.dvc.portal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password hashing: Argon2id with OWASP's low-memory parameters (7 MiB, 5 passes, one lane; as
 * strong as their 19 MiB and 2 passes, and more of them fit in a small heap), and a bound on how
 * many hashes run at once, so that a flood of logins cannot take the heap or every core.
 *
 * @param memoryKib Argon2 memory cost in KiB
 * @param iterations Argon2 passes
 * @param concurrency hashes computed at once; 0 for half the processors (at least one), so that
 * the other half keeps serving the people already working. Lowered at start if the heap could not
 * hold that many
 * @param maxWaiting logins waiting for a turn beyond those being hashed; more are answered at
 * once with 503 and a page asking to try again
 * @param maxWait how long a login waits for its turn before being answered 503
 */
@ConfigurationProperties("dvc.password-hashing")
public record PasswordHashingProperties(@DefaultValue("7168") int memoryKib, @DefaultValue("5") int iterations,
		@DefaultValue("0") int concurrency, @DefaultValue("100") int maxWaiting,
		@DefaultValue("10s") Duration maxWait) {
}

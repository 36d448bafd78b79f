package vn.dvc.portal.shared.security;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A login that was not even checked because the account or the address has failed too often; the
 * person is told when to try again. Thrown before the password is looked at, so it says nothing
 * about whether the password would have been right or the account exists. An account status, so
 * that no other authentication manager is asked after it.
 */
public class LoginThrottledException extends AccountStatusException {

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}

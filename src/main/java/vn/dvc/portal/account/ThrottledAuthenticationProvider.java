package vn.dvc.portal.account;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Puts every password check behind the {@link LoginThrottle}. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		LoginThrottle.Attempt attempt = this.throttle.begin(authentication.getName(), clientAddress(authentication));
		try {
			Authentication authenticated = this.passwords.authenticate(authentication);
			attempt.succeeded();
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			attempt.failed();
			throw ex;
		}
		catch (AccountStatusException ex) {
			// The password was right; the account is waiting for activation or disabled.
			attempt.succeeded();
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}

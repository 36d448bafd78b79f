package vn.dvc.portal.account;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.dvc.portal.shared.security.LoginNames;

/**
 * How accounts authenticate: Argon2id hashes (long passphrases are hashed whole, unlike bcrypt's
 * 72 bytes), a bounded number at once, and account status checked only after the password, so that
 * a wrong password never reveals whether an ID number has an account waiting for activation; every
 * check goes through the {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(PasswordHashingProperties properties, MeterRegistry meters) {
		return new BoundedPasswordEncoder(properties, Runtime.getRuntime().maxMemory(),
				Runtime.getRuntime().availableProcessors(), meters);
	}

	@Bean
	AuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder passwordEncoder,
			PasswordUpgrades upgrades, LoginThrottle throttle) {
		UserDetailsService users = login -> accounts.findByLogin(normalizeLogin(login))
			.map(PortalUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown login"));
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		// A hash made with older parameters is made again with the current ones at a successful login.
		provider.setUserDetailsPasswordService(upgrades);
		provider.setPostAuthenticationChecks(user -> {
			switch (((PortalUser) user).status()) {
				case PENDING_ACTIVATION -> throw new DisabledException("Account not activated");
				case DISABLED -> throw new LockedException("Account disabled");
				case ACTIVE -> {
				}
			}
		});
		return new ThrottledAuthenticationProvider(provider, throttle);
	}

	/**
	 * ID numbers are stored without separators and passports in upper case; staff usernames are
	 * stored as given, in lower case. One function for login, registration, limits and look-ups.
	 */
	static String normalizeLogin(String login) {
		return LoginNames.normalize(login);
	}

}

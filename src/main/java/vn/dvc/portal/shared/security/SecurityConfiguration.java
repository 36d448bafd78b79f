package vn.dvc.portal.shared.security;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may reach which page. Citizens own {@code /my/**} and the dossier forms, officers the desk,
 * administrators {@code /admin}; everything else that is not public needs a login.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * The CSRF token lives in a cookie of its own, not in a server session: an anonymous visitor who
	 * opens a form costs no database row, and the cached public pages get each visitor's token
	 * written in when served. Forms are posted with the token, which must match the cookie.
	 */
	/**
	 * Logins are observed (their metrics), but not each filter of the chain nor each access decision:
	 * those wrapped every filter of every signed-in request in an observation of its own, and nothing
	 * reads them.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.shouldObserveAuthentications(true)
			.build();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName("DVC-XSRF");
		repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
		return repository;
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginOutcomes loginOutcomes, CsrfTokenRepository csrfTokens)
			throws Exception {
		// The account module's AuthenticationProvider bean is the global one; registering it here as
		// well made every wrong password be checked (and counted) twice.
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			// The page asked for before logging in is remembered in a cookie, not a session.
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.authorizeHttpRequests(requests -> requests
				// The catalogue first: the rules are tried in order on every request, and most requests are its.
				.requestMatchers("/", "/procedures", "/procedures/**").permitAll()
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
				.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**").permitAll()
				.requestMatchers("/error", "/track", "/login", "/login/vneid/**", "/register",
						"/register/**", "/activate", "/activate/**", "/captcha", "/captcha/**", "/dev/mailbox",
						"/dev/mailbox/**", "/password/reset", "/actuator/health", "/actuator/health/**", "/actuator/info",
						// Issue 13: the gateway's server-to-server confirmation and the browser's return.
						"/payments/vnpay/ipn", "/payments/vnpay/return")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/files/templates/**").permitAll()
				.requestMatchers("/desk", "/desk/**").hasRole("OFFICER")
				.requestMatchers("/admin", "/admin/**", "/actuator/metrics", "/actuator/metrics/**").hasRole("ADMIN")
				.requestMatchers("/stats", "/stats/**").hasAnyRole("OFFICER", "ADMIN")
				.requestMatchers("/my", "/my/**", "/dossiers", "/dossiers/**").hasRole("CITIZEN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("login")
				.successHandler(loginOutcomes)
				.failureHandler(loginOutcomes)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}

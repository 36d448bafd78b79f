package vn.dvc.portal.shared.security;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach which page. Citizens own {@code /my/**} and the dossier forms, officers the desk,
 * administrators {@code /admin}; everything else that is not public needs a login.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationProvider authenticationProvider,
			LoginOutcomes loginOutcomes) throws Exception {
		http.authenticationProvider(authenticationProvider)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
				.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**").permitAll()
				.requestMatchers("/", "/error", "/procedures", "/procedures/**", "/track", "/login", "/register",
						"/register/**", "/activate", "/activate/**", "/captcha", "/captcha/**", "/dev/mailbox",
						"/dev/mailbox/**", "/password/reset", "/actuator/health", "/actuator/health/**", "/actuator/info")
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

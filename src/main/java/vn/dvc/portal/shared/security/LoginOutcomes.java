package vn.dvc.portal.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;

/**
 * Where a login leads: each role to its own start page, and each failure to a message that says
 * what to do (activate the account, contact the administrator, check the credentials, or wait when
 * the account or the address has failed too often).
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {


	LoginOutcomes() {
		setDefaultTargetUrl("/");
		// The page asked for before logging in is kept in a cookie (SecurityConfiguration), not a session.
		setRequestCache(new CookieRequestCache());
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			switch (authority.getAuthority()) {
				case "ROLE_ADMIN" -> {
					return "/admin";
				}
				case "ROLE_OFFICER" -> {
					return "/desk";
				}
				case "ROLE_CITIZEN" -> {
					return "/my/dossiers";
				}
				default -> {
				}
			}
		}
		return super.determineTargetUrl(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof LoginThrottledException throttled) {
			long seconds = Math.max(1, throttled.retryAfter().toSeconds());
			response.setHeader("Retry-After", Long.toString(seconds));
			request.setAttribute("retryAfterMinutes", Math.max(1, (seconds + 59) / 60));
			request.setAttribute("messageKey", "login.throttled");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		if (exception instanceof AuthenticationServiceException) {
			// Not the person's mistake: hashing is at its limit (a flood of logins) or the database is
			// away for a moment. The 503 page asks to try again shortly.
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		String reason = (exception instanceof DisabledException) ? "inactive"
				: (exception instanceof LockedException) ? "locked" : "bad";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

}

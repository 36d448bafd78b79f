package vn.dvc.portal.account.web.vneid;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.dvc.portal.account.ElectronicIdAuthentication;
import vn.dvc.portal.account.ElectronicIdRefusal;
import vn.dvc.portal.account.ElectronicIdRefusedException;
import vn.dvc.portal.account.ElectronicIdentities;
import vn.dvc.portal.account.IdentityClaims;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.VneidProperties;

/**
 * Where a sign-in with the e-identity leads. Once the provider's tokens passed their checks,
 * {@link #toPortalSignIn} finds or creates the account, or stops to ask the password of the local
 * account with the same ID number; the session then holds the {@link PortalUser}, never the
 * provider's claims. Every refusal gets a page that says what happened and what to do, and a line
 * in the audit log.
 */
final class VneidSignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String REFUSED_PATH = "/login/vneid/refused";

	static final String LINK_PATH = "/login/vneid/link";

	private static final Set<String> STALE = Set.of("authorization_request_not_found", "invalid_state_parameter",
			"invalid_grant");

	private static final Set<String> CANCELLED = Set.of("access_denied", "login_required", "consent_required",
			"interaction_required", "account_selection_required");

	private static final Set<String> UNAVAILABLE = Set.of("invalid_token_response", "invalid_user_info_response",
			"server_error", "temporarily_unavailable", "client_registration_not_found", "invalid_client",
			"unauthorized_client", "invalid_scope");

	private final ElectronicIdentities identities;

	private final VneidClaims claims;

	private final Clock clock;

	VneidSignInOutcomes(ElectronicIdentities identities, VneidClaims claims, Clock clock) {
		this.identities = identities;
		this.claims = claims;
		this.clock = clock;
	}

	/** The provider's checked answer becomes a sign-in to a portal account, or stops here. */
	OAuth2AuthenticationToken toPortalSignIn(OAuth2LoginAuthenticationToken checked) {
		OidcUser user = (OidcUser) checked.getPrincipal();
		String address = clientAddress(checked);
		IdentityClaims identity = this.claims.of(user, LocalDate.now(this.clock));
		if (identity.subject() == null) {
			this.identities.recordRefusal(ElectronicIdRefusal.INVALID_RESPONSE, "no subject", address);
			throw new SignInRefusedException(ElectronicIdRefusal.INVALID_RESPONSE);
		}
		String idToken = user.getIdToken().getTokenValue();
		ElectronicIdentities.SignIn signIn;
		try {
			signIn = this.identities.signIn(identity, address);
		}
		catch (ElectronicIdRefusedException ex) {
			throw new SignInRefusedException(ex.reason());
		}
		if (signIn instanceof ElectronicIdentities.LinkRequired link) {
			throw new LinkRequiredException(link.pending(), idToken);
		}
		return ElectronicIdAuthentication.of(((ElectronicIdentities.SignedIn) signIn).user(), idToken);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		response.sendRedirect(request.getContextPath() + startPage((PortalUser) authentication.getPrincipal()));
	}

	/** A citizen's own dossiers, or first the details the e-identity did not give. */
	static String startPage(PortalUser user) {
		return user.awaitingProfile() ? "/my/account/complete" : "/my/dossiers";
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof LinkRequiredException link) {
			request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, link.pending());
			response.sendRedirect(request.getContextPath() + LINK_PATH);
			return;
		}
		ElectronicIdRefusal reason;
		if (exception instanceof SignInRefusedException refused) {
			reason = refused.reason();
		}
		else {
			String code = errorCode(exception);
			reason = reasonOf(code);
			if (signInWasUnderWay(request, code)) {
				this.identities.recordRefusal(reason, code, request.getRemoteAddr());
			}
		}
		response.sendRedirect(request.getContextPath() + REFUSED_PATH + "?reason=" + reason.name());
	}

	/**
	 * Whether a refusal is worth a line in the (append-only) audit log: a callback that came with
	 * no sign-in of this browser under way (a bot, a bookmark, a reload after signing in) is
	 * refused all the same, but is not recorded, so that nobody can fill the log with junk requests.
	 */
	private static boolean signInWasUnderWay(HttpServletRequest request, String code) {
		if (!"authorization_request_not_found".equals(code) && !"invalid_request".equals(code)) {
			return true;
		}
		return request.getCookies() != null && Arrays.stream(request.getCookies())
			.anyMatch(cookie -> SealedAuthorizationRequests.COOKIE.equals(cookie.getName()));
	}

	/**
	 * The provider's or the client's error code, never its description: a description may quote
	 * the token's claims.
	 */
	private static String errorCode(AuthenticationException exception) {
		if (exception instanceof OAuth2AuthenticationException oauth2) {
			return oauth2.getError().getErrorCode();
		}
		return (exception.getCause() != null) ? exception.getCause().getClass().getSimpleName()
				: exception.getClass().getSimpleName();
	}

	static ElectronicIdRefusal reasonOf(String code) {
		if (STALE.contains(code)) {
			return ElectronicIdRefusal.STALE_REQUEST;
		}
		if (CANCELLED.contains(code)) {
			return ElectronicIdRefusal.CANCELLED;
		}
		if (UNAVAILABLE.contains(code) || !code.matches("[a-z_]+")) {
			// Not an OAuth error code: the provider could not be discovered or reached.
			return ElectronicIdRefusal.UNAVAILABLE;
		}
		return ElectronicIdRefusal.INVALID_RESPONSE;
	}

	/** The redirect to the provider could not be made: it was not discovered. */
	AuthenticationFailureHandler redirectFailures() {
		return (request, response, exception) -> {
			if (!request.getRequestURI().endsWith("/" + VneidProperties.REGISTRATION_ID)) {
				// Not the portal's provider: no such page.
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			this.identities.recordRefusal(ElectronicIdRefusal.UNAVAILABLE,
					OAuth2AuthorizationRequestRedirectFilter.class.getSimpleName(), request.getRemoteAddr());
			response.sendRedirect(
					request.getContextPath() + REFUSED_PATH + "?reason=" + ElectronicIdRefusal.UNAVAILABLE.name());
		};
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}

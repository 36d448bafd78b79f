package vn.dvc.portal.account.web.vneid;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dvc.portal.account.ElectronicIdAuthentication;
import vn.dvc.portal.account.VneidProperties;

/**
 * After the portal's session has ended: a person who signed in with the e-identity goes on to the
 * provider's logout endpoint (OpenID Connect RP-initiated logout), which ends the provider's
 * session too and sends them back to the portal's home page; everyone else goes straight there.
 * The way on is a page of the portal that follows a link, not a redirect: the browser refuses a
 * redirect to another site after a form (the logout button) that may post to the portal only
 * ({@code form-action 'self'}).
 */
final class VneidLogout implements LogoutSuccessHandler {

	static final String LOGGED_OUT = "/?loggedOut";

	static final String PAGE = "/login/vneid/logout";

	static final String PROVIDER_LOGOUT = VneidLogout.class.getName() + ".PROVIDER_LOGOUT";

	private final ProviderRegistration registration;

	private final VneidProperties properties;

	VneidLogout(ProviderRegistration registration, VneidProperties properties) {
		this.registration = registration;
		this.properties = properties;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		Optional<String> providerLogout = providerLogout(request, authentication);
		if (providerLogout.isEmpty()) {
			response.sendRedirect(request.getContextPath() + LOGGED_OUT);
			return;
		}
		request.setAttribute(PROVIDER_LOGOUT, providerLogout.get());
		request.getRequestDispatcher(PAGE).forward(request, response);
	}

	private Optional<String> providerLogout(HttpServletRequest request, Authentication authentication) {
		if (!(authentication instanceof ElectronicIdAuthentication signedIn) || signedIn.idTokenHint() == null) {
			return Optional.empty();
		}
		return this.registration.endSessionEndpoint()
			.map(endpoint -> UriComponentsBuilder.fromUriString(endpoint)
				.queryParam("id_token_hint", signedIn.idTokenHint())
				.queryParam("client_id", this.properties.clientId())
				.queryParam("post_logout_redirect_uri", postLogoutRedirectUri(request))
				.encode()
				.build()
				.toUriString());
	}

	private String postLogoutRedirectUri(HttpServletRequest request) {
		String baseUrl = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
			.replacePath(request.getContextPath())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
		return this.properties.postLogoutRedirectUri().replace("{baseUrl}", baseUrl);
	}

}

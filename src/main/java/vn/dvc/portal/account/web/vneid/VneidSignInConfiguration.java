package vn.dvc.portal.account.web.vneid;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import vn.dvc.portal.account.ElectronicIdentities;
import vn.dvc.portal.account.VneidProperties;
import vn.dvc.portal.shared.security.PersonalKeys;

/**
 * Sign-in with the national e-identity through Spring Security's OpenID Connect client: the
 * authorization code flow with PKCE, state and nonce, the ID token's signature and claims checked
 * on the server, the person's details read from the token and from the user info endpoint the
 * server calls. Only present when the provider is configured ({@link VneidConfigured}); it adds
 * itself to the portal's security chain as a {@code Customizer<HttpSecurity>}, so that the chain
 * itself does not change when it is off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(VneidConfigured.class)
class VneidSignInConfiguration {

	@Bean
	ProviderRegistration vneidRegistration(VneidProperties properties, Clock clock) {
		return new ProviderRegistration(properties, RestClient.builder().requestFactory(requests(properties)).build(),
				clock);
	}

	@Bean
	SealedAuthorizationRequests vneidAuthorizationRequests(ProviderRegistration registration, PersonalKeys keys,
			JdbcTemplate jdbc, Clock clock) {
		return new SealedAuthorizationRequests(registration, keys, jdbc, clock);
	}

	@Bean
	VneidSignInOutcomes vneidSignInOutcomes(ElectronicIdentities identities, VneidProperties properties, Clock clock) {
		return new VneidSignInOutcomes(identities, new VneidClaims(properties), clock);
	}

	/** The only JwtDecoderFactory of the context: Spring Security's login picks it up as a bean. */
	@Bean
	JwtDecoderFactory<ClientRegistration> vneidIdTokenDecoders(VneidProperties properties) {
		return new IdTokenDecoders(new RestTemplate(requests(properties)));
	}

	@Bean
	Customizer<HttpSecurity> vneidSignIn(VneidProperties properties, ProviderRegistration registration,
			SealedAuthorizationRequests authorizationRequests, VneidSignInOutcomes outcomes) {
		SimpleClientHttpRequestFactory requests = requests(properties);
		RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
		tokens.setRestClient(RestClient.builder()
			.requestFactory(requests)
			.configureMessageConverters(converters -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
			})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
		userInfo.setRestOperations(withErrors(new RestTemplate(requests)));
		OidcUserService users = new OidcUserService();
		users.setOauth2UserService(userInfo);
		// The user info endpoint is asked whenever the provider has one, whatever the scopes.
		users.setRetrieveUserInfo(request -> StringUtils
			.hasText(request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()));
		VneidLogout logout = new VneidLogout(registration, properties);
		return http -> http
			.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(registration)
				.authorizedClientRepository(new NoTokensKept())
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestRepository(authorizationRequests))
				.tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokens))
				.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.withObjectPostProcessor(new ObjectPostProcessor<Object>() {
					@Override
					public <O> O postProcess(O object) {
						if (object instanceof OAuth2LoginAuthenticationFilter filter) {
							filter.setAuthenticationResultConverter(outcomes::toPortalSignIn);
						}
						if (object instanceof OAuth2AuthorizationRequestRedirectFilter filter) {
							filter.setAuthenticationFailureHandler(outcomes.redirectFailures());
						}
						return object;
					}
				}))
			.logout(config -> config.logoutSuccessHandler(logout));
	}

	private static SimpleClientHttpRequestFactory requests(VneidProperties properties) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.timeout());
		requests.setReadTimeout(properties.timeout());
		return requests;
	}

	private static RestTemplate withErrors(RestTemplate rest) {
		rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
		return rest;
	}

	/**
	 * The provider's access token is used once, for the user info, and not kept: the portal calls
	 * no API of the provider on the person's behalf, and Spring Security's default would keep every
	 * token in this node's memory.
	 */
	private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}

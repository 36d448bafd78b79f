package vn.dvc.portal.account.web.vneid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.dvc.portal.account.VneidProperties;

/**
 * The portal's registration at the e-identity provider, built from the provider's discovery
 * document on the first sign-in rather than at start-up: a provider that is down then makes its
 * button answer "unavailable, try later", not the portal fail to start. A failed discovery is
 * tried again after {@link #RETRY_AFTER}, not on every click.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(ProviderRegistration.class);

	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<Map<String, Object>> METADATA = new ParameterizedTypeReference<>() {
	};

	private final VneidProperties properties;

	private final RestClient provider;

	private final Clock clock;

	private volatile ClientRegistration registration;

	private volatile Instant retryAt = Instant.MIN;

	ProviderRegistration(VneidProperties properties, RestClient provider, Clock clock) {
		this.properties = properties;
		this.provider = provider;
		this.clock = clock;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!VneidProperties.REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = this.registration;
		return (known != null) ? known : discover();
	}

	/** The provider's logout endpoint (OpenID Connect RP-initiated logout), if it has one. */
	Optional<String> endSessionEndpoint() {
		ClientRegistration known = this.registration;
		if (known == null) {
			return Optional.empty();
		}
		Object endpoint = known.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		return (endpoint instanceof String uri && !uri.isBlank()) ? Optional.of(uri) : Optional.empty();
	}

	private synchronized ClientRegistration discover() {
		if (this.registration != null) {
			return this.registration;
		}
		if (this.clock.instant().isBefore(this.retryAt)) {
			return null;
		}
		String issuer = this.properties.issuerUri().trim();
		try {
			Map<String, Object> metadata = this.provider.get()
				.uri(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
				.retrieve()
				.body(METADATA);
			if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
				// A discovery document that names another issuer is not this provider's.
				throw new IllegalStateException("The provider's discovery document names another issuer");
			}
			Set<String> scopes = new LinkedHashSet<>();
			scopes.add(OidcScopes.OPENID);
			scopes.addAll(this.properties.scopes());
			this.registration = ClientRegistrations.fromOidcConfiguration(metadata)
				.registrationId(VneidProperties.REGISTRATION_ID)
				.clientName("VNeID")
				.clientId(this.properties.clientId())
				.clientSecret(this.properties.clientSecret())
				.scope(scopes)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
				.build();
			return this.registration;
		}
		catch (RestClientException | IllegalArgumentException | IllegalStateException ex) {
			this.retryAt = this.clock.instant().plus(RETRY_AFTER);
			log.warn("The e-identity provider {} could not be discovered: {}", issuer, ex.getMessage());
			return null;
		}
	}

}

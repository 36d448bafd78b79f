package vn.dvc.portal.account.web.vneid;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestOperations;

/**
 * Checks the provider's ID tokens: the signature with the provider's published keys (fetched with
 * the portal's time limits and kept between sign-ins), then issuer, audience, expiry and issue
 * time ({@link OidcIdTokenValidator}); Spring Security checks the nonce afterwards. Only the
 * asymmetric algorithms the provider announces are accepted, never "none" or a shared secret.
 */
final class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

	private final RestOperations provider;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	IdTokenDecoders(RestOperations provider) {
		this.provider = provider;
	}

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		return this.decoders.computeIfAbsent(registration.getRegistrationId(), id -> decoder(registration));
	}

	private JwtDecoder decoder(ClientRegistration registration) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
			.jwsAlgorithms(algorithms -> algorithms.addAll(announced(registration)))
			.restOperations(this.provider)
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
		decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
		return decoder;
	}

	private static List<SignatureAlgorithm> announced(ClientRegistration registration) {
		Object values = registration.getProviderDetails().getConfigurationMetadata().get("id_token_signing_alg_values_supported");
		List<SignatureAlgorithm> algorithms = (values instanceof List<?> names) ? names.stream()
			.map(name -> SignatureAlgorithm.from(String.valueOf(name)))
			.filter(java.util.Objects::nonNull)
			.toList() : List.of();
		return algorithms.isEmpty() ? List.of(SignatureAlgorithm.RS256) : algorithms;
	}

}

package vn.dvc.portal.account.web.vneid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;

import vn.dvc.portal.shared.security.PersonalKeys;

/**
 * Keeps a sign-in's authorization request (its state, nonce and PKCE verifier) between the
 * redirect to the provider and the callback in a cookie instead of a server session, so that a
 * visitor who clicks the e-identity button costs no session row. The cookie is encrypted and
 * authenticated (AES-GCM, a key derived from the portal's secret), holds its expiry, is sent only
 * to the callback path, and is removed there. A callback replayed with a copy of the cookie finds
 * its state spent in the database and is refused.
 */
class SealedAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	static final String COOKIE = "DVC-VNEID";

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final String CALLBACK_PATH = "/login/oauth2/code/";

	private static final int NONCE_BYTES = 12;

	private static final int MAX_COOKIE_LENGTH = 2000;

	private final SecureRandom random = new SecureRandom();

	private final ClientRegistrationRepository registrations;

	private final PersonalKeys keys;

	private final SecretKeySpec key;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** What the cookie carries: enough to rebuild the request from the registration. */
	record Sealed(String registrationId, String state, String nonce, String codeVerifier, String redirectUri,
			Instant expires) {
	}

	SealedAuthorizationRequests(ClientRegistrationRepository registrations, PersonalKeys keys, JdbcTemplate jdbc,
			Clock clock) {
		this.registrations = registrations;
		this.keys = keys;
		this.key = new SecretKeySpec(HexFormat.of().parseHex(keys.of("vneid-authorization-request-key", "v1")), "AES");
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		return opened(request).map(this::rebuild).orElse(null);
	}

	@Override
	public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
			HttpServletResponse response) {
		if (authorizationRequest == null) {
			clear(request, response);
			return;
		}
		Sealed sealed = new Sealed(authorizationRequest.getAttribute(OAuth2ParameterNames.REGISTRATION_ID),
				authorizationRequest.getState(), authorizationRequest.getAttribute(OidcParameterNames.NONCE),
				authorizationRequest.getAttribute(PkceParameterNames.CODE_VERIFIER), authorizationRequest.getRedirectUri(),
				this.clock.instant().plus(VALIDITY));
		write(request, response, seal(sealed), VALIDITY);
	}

	/**
	 * The request the callback answers, once: the cookie is removed, and its state is spent so that
	 * the same cookie and callback cannot be played again.
	 */
	@Override
	public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Sealed> sealed = opened(request);
		clear(request, response);
		if (sealed.isEmpty() || !spend(sealed.get())) {
			return null;
		}
		return rebuild(sealed.get());
	}

	/** Removes the spent states whose cookies have expired anyway. */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT3M")
	@SchedulerLock(name = "sign-in-state-cleanup", lockAtMostFor = "PT5M")
	void forgetExpired() {
		this.jdbc.update("delete from sign_in_state_spent where expires_at < ?", Timestamp.from(this.clock.instant()));
	}

	/** The cookie's request, if it is this portal's, fresh, and the one the callback's state names. */
	private Optional<Sealed> opened(HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		if (state == null || request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				Optional<Sealed> sealed = open(cookie.getValue());
				if (sealed.isPresent() && sealed.get().state().equals(state)) {
					return sealed;
				}
			}
		}
		return Optional.empty();
	}

	private OAuth2AuthorizationRequest rebuild(Sealed sealed) {
		ClientRegistration registration = this.registrations.findByRegistrationId(sealed.registrationId());
		if (registration == null) {
			return null;
		}
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(registration.getProviderDetails().getAuthorizationUri())
			.clientId(registration.getClientId())
			.redirectUri(sealed.redirectUri())
			.scopes(registration.getScopes())
			.state(sealed.state())
			.attributes(attributes -> {
				attributes.put(OAuth2ParameterNames.REGISTRATION_ID, sealed.registrationId());
				if (sealed.nonce() != null) {
					attributes.put(OidcParameterNames.NONCE, sealed.nonce());
				}
				if (sealed.codeVerifier() != null) {
					attributes.put(PkceParameterNames.CODE_VERIFIER, sealed.codeVerifier());
				}
			})
			.build();
	}

	/** Marks the state used; false when it was used before (a replay). */
	private boolean spend(Sealed sealed) {
		return this.jdbc.update("insert into sign_in_state_spent (state_key, expires_at) values (?, ?) on conflict do nothing",
				this.keys.of("sign-in-state", sealed.state()), Timestamp.from(sealed.expires())) == 1;
	}

	private void clear(HttpServletRequest request, HttpServletResponse response) {
		write(request, response, "", Duration.ZERO);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + CALLBACK_PATH)
			.httpOnly(true)
			.secure(request.isSecure())
			// Lax: the provider's redirect back is a top-level navigation from another site.
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	String seal(Sealed sealed) {
		String plain = String.join("\n", sealed.registrationId(), sealed.state(), nullToEmpty(sealed.nonce()),
				nullToEmpty(sealed.codeVerifier()), sealed.redirectUri(), Long.toString(sealed.expires().getEpochSecond()));
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(COOKIE.getBytes(StandardCharsets.US_ASCII));
			byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
			return base64.encodeToString(nonce) + "." + base64.encodeToString(encrypted);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Optional<Sealed> open(String value) {
		if (value == null || value.length() > MAX_COOKIE_LENGTH) {
			return Optional.empty();
		}
		int dot = value.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			Base64.Decoder base64 = Base64.getUrlDecoder();
			byte[] nonce = base64.decode(value.substring(0, dot));
			if (nonce.length != NONCE_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(COOKIE.getBytes(StandardCharsets.US_ASCII));
			String[] fields = new String(cipher.doFinal(base64.decode(value.substring(dot + 1))), StandardCharsets.UTF_8)
				.split("\n", -1);
			if (fields.length != 6) {
				return Optional.empty();
			}
			Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[5]));
			if (!this.clock.instant().isBefore(expires)) {
				return Optional.empty();
			}
			return Optional.of(new Sealed(fields[0], fields[1], emptyToNull(fields[2]), emptyToNull(fields[3]), fields[4],
					expires));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			// Not a cookie this portal wrote, or altered: no request.
			return Optional.empty();
		}
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}

package vn.dvc.portal.account;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the national electronic identity (VNeID level 2) through the national public
 * service portal's single sign-on, an OpenID Connect provider. Off until an issuer and a client id
 * are given: then the login page offers it, and nothing else changes.
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} gives the
 * endpoints and keys, read on the first sign-in (so that a provider down at start-up does not stop
 * the portal)
 * @param clientId the portal's client id at the provider
 * @param clientSecret the portal's client secret ({@code DVC_VNEID_CLIENT_SECRET}), never in a file
 * that is committed
 * @param scopes the scopes asked for; {@code openid} is always among them
 * @param claims where the provider puts what the portal reads
 * @param citizenAccountTypes the values of the account type claim that mean a person (công dân);
 * any other value (an organisation's account) is refused. A token without the claim is a person's.
 * @param postLogoutRedirectUri where the provider sends the person back after logging out there;
 * registered at the provider like the redirect URI
 * @param timeout how long a call to the provider (discovery, token, user info, keys) may take
 */
@ConfigurationProperties("dvc.vneid")
public record VneidProperties(String issuerUri, String clientId, String clientSecret,
		@DefaultValue({ "openid", "profile" }) List<String> scopes, @DefaultValue Claims claims,
		@DefaultValue("citizen") List<String> citizenAccountTypes,
		@DefaultValue("{baseUrl}/?loggedOut") String postLogoutRedirectUri,
		@DefaultValue("10s") Duration timeout) {

	/** The registration id: the callback is {@code /login/oauth2/code/vneid}. */
	public static final String REGISTRATION_ID = "vneid";

	/** Whether the provider is configured: the login page shows its button only then. */
	public boolean enabled() {
		return hasText(this.issuerUri) && hasText(this.clientId);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * The names of the claims, in the ID token or the user info (the user info wins), that carry
	 * each piece of the person's identity.
	 *
	 * @param subject the provider's stable id of the person; sign-ins after the first find the account
	 * by it
	 * @param accountType citizen or organisation
	 * @param idNumber the personal identification number (số định danh cá nhân, 12 digits, the CCCD
	 * number)
	 * @param dateOfBirth as {@code yyyy-MM-dd}, {@code dd/MM/yyyy} or {@code yyyyMMdd}
	 * @param address a text, or an OpenID Connect address object (its {@code formatted} part)
	 * @param assuranceLevel the level of assurance the provider states, kept with the link
	 */
	public record Claims(@DefaultValue("sub") String subject, @DefaultValue("account_type") String accountType,
			@DefaultValue("personal_id_number") String idNumber, @DefaultValue("name") String fullName,
			@DefaultValue("birthdate") String dateOfBirth, @DefaultValue("address") String address,
			@DefaultValue("phone_number") String phone, @DefaultValue("email") String email,
			@DefaultValue("acr") String assuranceLevel) {
	}

}

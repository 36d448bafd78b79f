package vn.dvc.portal.account;

import java.io.Serial;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * A person signed in with the e-identity. Like a password login its principal is the
 * {@link PortalUser}; it also keeps the provider's ID token, the hint the provider asks for when
 * the person logs out, so that logging out of the portal ends the provider's session too.
 */
public final class ElectronicIdAuthentication extends OAuth2AuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String idTokenHint;

	ElectronicIdAuthentication(PortalUser user, String registrationId, String idTokenHint) {
		super(user, user.getAuthorities(), registrationId);
		this.idTokenHint = idTokenHint;
	}

	/** The sign-in of this account with the portal's e-identity provider. */
	public static ElectronicIdAuthentication of(PortalUser user, String idTokenHint) {
		return new ElectronicIdAuthentication(user, VneidProperties.REGISTRATION_ID, idTokenHint);
	}

	public PortalUser user() {
		return (PortalUser) getPrincipal();
	}

	/** The ID token the provider issued at this sign-in, for its logout endpoint; may be null. */
	public String idTokenHint() {
		return this.idTokenHint;
	}

	/** The same sign-in for the account as it is now (after the person completed their profile). */
	public ElectronicIdAuthentication withUser(PortalUser user) {
		ElectronicIdAuthentication renewed = new ElectronicIdAuthentication(user, getAuthorizedClientRegistrationId(),
				this.idTokenHint);
		renewed.setDetails(getDetails());
		return renewed;
	}

}

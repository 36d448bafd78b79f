package vn.dvc.portal.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

import vn.dvc.portal.shared.security.NamedPrincipal;

/**
 * The person behind a request. Kept in the (database-backed) session, so it holds only ids and a
 * display name, never the ID number in clear beyond the login Spring Security needs. It is the
 * principal of a sign-in with the e-identity too ({@link OAuth2User}), carrying none of the
 * provider's claims.
 */
public final class PortalUser implements UserDetails, OAuth2User, CredentialsContainer, Serializable, NamedPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final String login;

	private final String displayName;

	private final Role role;

	private final UUID agencyId;

	private final AccountStatus status;

	private String passwordHash;

	/** False in sessions written before it existed, as for every account that lacks nothing. */
	private final boolean awaitingProfile;

	PortalUser(UUID accountId, String login, String displayName, Role role, UUID agencyId, AccountStatus status,
			String passwordHash, boolean awaitingProfile) {
		this.accountId = accountId;
		this.login = login;
		this.displayName = displayName;
		this.role = role;
		this.agencyId = agencyId;
		this.status = status;
		this.passwordHash = passwordHash;
		this.awaitingProfile = awaitingProfile;
	}

	static PortalUser of(Account account) {
		return new PortalUser(account.id().value(), account.login(), account.fullName(), account.role(),
				account.agencyId(), account.status(), account.passwordHash(), account.isAwaitingProfile());
	}

	public AccountId accountId() {
		return new AccountId(this.accountId);
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/** The officer's agency; empty for citizens and administrators. */
	public Optional<UUID> agencyId() {
		return Optional.ofNullable(this.agencyId);
	}

	AccountStatus status() {
		return this.status;
	}

	/**
	 * A citizen signed in with an e-identity that gave no date of birth or address: they give them
	 * once before filing a dossier.
	 */
	public boolean awaitingProfile() {
		return this.awaitingProfile;
	}

	/** None of the identity provider's claims are kept in the session. */
	@Override
	public Map<String, Object> getAttributes() {
		return Map.of();
	}

	@Override
	public String getName() {
		return this.login;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.login;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PortalUser user) && user.accountId.equals(this.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.accountId + ", " + this.role + "]";
	}

}

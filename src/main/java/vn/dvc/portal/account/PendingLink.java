package vn.dvc.portal.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import vn.dvc.portal.audit.Masks;

/**
 * A sign-in with the e-identity whose ID number has a local account already: it waits, in the
 * session, for that account's password before the two are linked. Everything in it came from the
 * provider's checked token, never from the browser.
 *
 * @param login the ID number, which is the account's login
 */
public record PendingLink(UUID accountId, String login, String issuer, String subject, String accountType,
		String assuranceLevel, Instant expiresAt) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The ID number as the page shows it. */
	public String maskedLogin() {
		return Masks.idNumber(this.login);
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "PendingLink[" + this.accountId + "]";
	}

}

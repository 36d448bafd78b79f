package vn.dvc.portal.account;

/**
 * Why a sign-in with the e-identity was refused, each with the page's message and its status.
 * The audit log records the reason's name; the page says what the person can do.
 */
public enum ElectronicIdRefusal {

	/** The provider's answer failed a check: signature, issuer, audience, expiry or nonce of its token. */
	INVALID_RESPONSE(401),

	/** The sign-in's state is unknown, expired or already used: a replayed or stale callback. */
	STALE_REQUEST(401),

	/** The person cancelled at the provider, or the provider refused them. */
	CANCELLED(401),

	/** The provider did not answer, or answered with an error of its own. */
	UNAVAILABLE(503),

	/** An organisation's e-identity: the portal gives accounts to persons only. */
	ORGANISATION(403),

	/** The provider gave no valid personal identification number or no name. */
	MISSING_IDENTITY(403),

	/** The account of this person is disabled. */
	ACCOUNT_DISABLED(403),

	/** The ID number belongs to a staff account, or its account is linked to another e-identity. */
	ACCOUNT_UNAVAILABLE(403),

	/** The step that links an existing account waited too long. */
	LINK_EXPIRED(401);

	private final int status;

	ElectronicIdRefusal(int status) {
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	public String messageKey() {
		return "vneid.refused." + name();
	}

}

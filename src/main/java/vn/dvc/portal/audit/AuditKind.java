package vn.dvc.portal.audit;

/** What an audit event records. */
public enum AuditKind {

	/** A login with the right password to an active account. */
	LOGIN_SUCCEEDED,

	/** A wrong password, or a login that has no account (they are not told apart). */
	LOGIN_FAILED,

	/** The right password to an account that is not active (waiting for activation, or disabled). */
	LOGIN_REFUSED,

	/** An address or an account reached its limit of failed logins; later attempts wait. */
	LOGIN_LOCKED_OUT,

	/** A signed-in person asked for a page their role does not open. */
	ACCESS_DENIED,

	/** An officer looked up a citizen by ID number at the counter. */
	CITIZEN_LOOKUP,

	/** An officer's look-up refused because they had made too many in the last hour. */
	CITIZEN_LOOKUP_REFUSED,

	/** A dossier moved from one state to another (written by the database, see V6). */
	DOSSIER_TRANSITION,

	/** A sign-in with the e-identity to the account linked to it. */
	EID_SIGNED_IN,

	/** A first sign-in with the e-identity created a citizen's account linked to it. */
	EID_ACCOUNT_CREATED,

	/** An existing account was linked to an e-identity, its password proving it is the same person's. */
	EID_LINKED,

	/** An account's link to an e-identity was removed by its holder. */
	EID_UNLINKED,

	/** A sign-in with the e-identity refused: a token that failed its checks, a replayed state, an organisation... */
	EID_REFUSED

}

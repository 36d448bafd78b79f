package vn.dvc.testidp;

/** What the test provider can do wrong, once, to the next ID token it issues. */
public enum Misbehaviour {

	/** A nonce other than the one the portal sent. */
	WRONG_NONCE,

	/** Issued for another client. */
	WRONG_AUDIENCE,

	/** Expired an hour ago. */
	EXPIRED,

	/** Naming another issuer. */
	WRONG_ISSUER,

	/** Its signature altered after signing. */
	TAMPERED_SIGNATURE

}

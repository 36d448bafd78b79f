package vn.dvc.portal.account.web.vneid;

import java.io.Serial;
import java.io.Serializable;

import vn.dvc.portal.account.PendingLink;

/**
 * What the session keeps while the person types their account's password: the pending link, and
 * the provider's ID token for the logout once signed in. This is the first moment of the flow that
 * keeps a server session: the person has proven who they are at the provider.
 */
record PendingSignIn(PendingLink link, String idTokenHint) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = PendingSignIn.class.getName();

	@Override
	public String toString() {
		return "PendingSignIn[" + this.link + "]";
	}

}

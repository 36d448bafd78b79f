package vn.dvc.portal.account.web.vneid;

import org.springframework.security.core.AuthenticationException;

import vn.dvc.portal.account.PendingLink;

/**
 * The e-identity's ID number has a local account: the sign-in stops here, unauthenticated, until
 * that account's password is given.
 */
final class LinkRequiredException extends AuthenticationException {

	private final transient PendingSignIn pending;

	LinkRequiredException(PendingLink link, String idTokenHint) {
		super("The account with this ID number must be linked first");
		this.pending = new PendingSignIn(link, idTokenHint);
	}

	PendingSignIn pending() {
		return this.pending;
	}

}

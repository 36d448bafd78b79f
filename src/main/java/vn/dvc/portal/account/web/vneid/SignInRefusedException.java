package vn.dvc.portal.account.web.vneid;

import org.springframework.security.core.AuthenticationException;

import vn.dvc.portal.account.ElectronicIdRefusal;

/**
 * The sign-in with the e-identity was refused after the provider's token passed its checks; the
 * refusal is in the audit log already.
 */
final class SignInRefusedException extends AuthenticationException {

	private final ElectronicIdRefusal reason;

	SignInRefusedException(ElectronicIdRefusal reason) {
		super(reason.name());
		this.reason = reason;
	}

	ElectronicIdRefusal reason() {
		return this.reason;
	}

}

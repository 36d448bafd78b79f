package vn.dvc.portal.account;

/** A link to set a new password was issued; listeners e-mail it. Nobody stores the secret. */
public record PasswordResetIssued(AccountId accountId, String fullName, String email, String secret) {

	@Override
	public String toString() {
		return "PasswordResetIssued[" + this.accountId + "]";
	}

}

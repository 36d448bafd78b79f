package vn.dvc.portal.account;

/**
 * Someone registered an ID number that already has an active account. The page they saw said the
 * same as for a new number; listeners tell the account's own contact on file instead.
 *
 * @param email the account's address, or null to send an SMS to {@code phone}
 */
public record RegistrationRepeated(AccountId accountId, String fullName, String email, String phone) {

	@Override
	public String toString() {
		return "RegistrationRepeated[" + this.accountId + "]";
	}

}

package vn.dvc.portal.account;

/**
 * A new activation secret was issued for an account: a link token to send by e-mail, or a code to
 * send by SMS. Listeners deliver it; nobody stores the secret.
 *
 * @param email where the link goes, null for SMS
 * @param phone where the code goes, in national form
 */
public record ActivationIssued(AccountId accountId, String fullName, Channel channel, String email, String phone,
		String secret) {

	public enum Channel {

		EMAIL, SMS

	}

	@Override
	public String toString() {
		return "ActivationIssued[" + this.accountId + ", " + this.channel + "]";
	}

}

package vn.dvc.portal.account;

import java.time.LocalDate;

import vn.dvc.portal.audit.Masks;

/**
 * Who the identity provider says a person is, read on the server from the ID token whose signature
 * and claims were checked and from the user info endpoint: never from anything the browser sent.
 *
 * @param issuer the provider, as its tokens name it
 * @param subject the provider's stable id of the person
 * @param accountType as the provider states it (citizen or organisation); null when not stated
 * @param citizen whether the account type is one of a person
 * @param idNumber the personal identification number, compacted; null when the provider gave none
 * @param dateOfBirth null when the provider gave none (the person then types it once)
 * @param address null when the provider gave none (the person then types it once)
 * @param phone null when the provider gave none or not a Vietnamese number
 * @param assuranceLevel the level of assurance the provider states; null when not stated
 */
public record IdentityClaims(String issuer, String subject, String accountType, boolean citizen, String idNumber,
		String fullName, LocalDate dateOfBirth, String address, PhoneNumber phone, String email,
		String assuranceLevel) {

	/** Whether the claims name a person the portal can give an account to. */
	boolean identifiesCitizen() {
		return this.idNumber != null && IdDocumentType.CCCD.accepts(this.idNumber) && this.fullName != null
				&& !this.fullName.isBlank();
	}

	@Override
	public String toString() {
		// Never print the person's data; the masked number is enough to tell two apart.
		return "IdentityClaims[" + ((this.idNumber != null) ? Masks.idNumber(this.idNumber) : "-") + "]";
	}

}

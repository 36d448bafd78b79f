package vn.dvc.portal.account;

import java.time.LocalDate;

/**
 * What a person gives to register, already checked for format (see the registration form).
 *
 * @param email optional; without it the activation code goes by SMS
 */
public record NewCitizen(String fullName, LocalDate dateOfBirth, String address, IdDocumentType idType,
		String idNumber, String password, String email, PhoneNumber phone) {

	public NewCitizen {
		idNumber = IdDocumentType.normalize(idNumber);
		email = (email == null || email.isBlank()) ? null : email.trim();
	}

	@Override
	public String toString() {
		// Never print the password or the ID number.
		return "NewCitizen[" + this.idType + "]";
	}

}

package vn.dvc.portal.account.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an e-identity did not give and every dossier's submitter needs: the date of birth and the
 * address, and the phone if it is missing too. The name and the ID number are the provider's.
 */
class ProfileCompletionForm {

	@NotNull(message = "{registration.dateOfBirth.required}")
	@Past(message = "{registration.dateOfBirth.past}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@NotBlank(message = "{registration.address.required}")
	@Size(max = 255, message = "{registration.address.size}")
	private String address;

	private String phone;

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}

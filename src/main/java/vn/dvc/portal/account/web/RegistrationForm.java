package vn.dvc.portal.account.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.dvc.portal.account.IdDocumentType;
import vn.dvc.portal.account.NewCitizen;
import vn.dvc.portal.account.PhoneNumber;

/** The registration form of seed 002, field for field. */
class RegistrationForm {

	@NotBlank(message = "{registration.fullName.required}")
	@Size(max = 120, message = "{registration.fullName.size}")
	private String fullName;

	@NotNull(message = "{registration.dateOfBirth.required}")
	@Past(message = "{registration.dateOfBirth.past}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@NotBlank(message = "{registration.address.required}")
	@Size(max = 255, message = "{registration.address.size}")
	private String address;

	@NotNull(message = "{registration.idType.required}")
	private IdDocumentType idType;

	@NotBlank(message = "{registration.idNumber.required}")
	private String idNumber;

	private String password;

	private String passwordRepeat;

	@Email(message = "{registration.email.format}")
	@Size(max = 255, message = "{registration.email.size}")
	private String email;

	@NotBlank(message = "{registration.phone.required}")
	private String phone;

	private String captcha;

	NewCitizen toNewCitizen() {
		return new NewCitizen(this.fullName.trim(), this.dateOfBirth, this.address.trim(), this.idType, this.idNumber,
				this.password, this.email, PhoneNumber.parse(this.phone).orElseThrow());
	}

	/** Passwords are never sent back to the browser, even when the form has to be corrected. */
	void forgetSecrets() {
		this.password = null;
		this.passwordRepeat = null;
		this.captcha = null;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

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

	public IdDocumentType getIdType() {
		return this.idType;
	}

	public void setIdType(IdDocumentType idType) {
		this.idType = idType;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeat() {
		return this.passwordRepeat;
	}

	public void setPasswordRepeat(String passwordRepeat) {
		this.passwordRepeat = passwordRepeat;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getCaptcha() {
		return this.captcha;
	}

	public void setCaptcha(String captcha) {
		this.captcha = captcha;
	}

	@Override
	public String toString() {
		return "RegistrationForm[" + this.idType + "]";
	}

}

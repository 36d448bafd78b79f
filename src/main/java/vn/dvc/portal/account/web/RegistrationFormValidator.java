package vn.dvc.portal.account.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.dvc.portal.account.PasswordPolicy;
import vn.dvc.portal.account.PhoneNumber;

/** The checks that need more than one field or a word list. */
@Component
class RegistrationFormValidator implements Validator {

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final PasswordPolicy passwordPolicy;

	RegistrationFormValidator(PasswordPolicy passwordPolicy) {
		this.passwordPolicy = passwordPolicy;
	}

	@Override
	public boolean supports(Class<?> type) {
		return RegistrationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		RegistrationForm form = (RegistrationForm) target;
		if (form.getIdType() != null && hasText(form.getIdNumber()) && !form.getIdType().accepts(form.getIdNumber())) {
			errors.rejectValue("idNumber", "registration.idNumber.format." + form.getIdType().name());
		}
		if (form.getDateOfBirth() != null && form.getDateOfBirth().isBefore(EARLIEST_BIRTH)) {
			errors.rejectValue("dateOfBirth", "registration.dateOfBirth.tooEarly");
		}
		if (hasText(form.getPhone()) && PhoneNumber.parse(form.getPhone()).isEmpty()) {
			errors.rejectValue("phone", "registration.phone.format");
		}
		this.passwordPolicy.check(form.getPassword(), form.getIdNumber())
			.ifPresent(violation -> errors.rejectValue("password", violation.messageKey()));
		if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordRepeat())) {
			errors.rejectValue("passwordRepeat", "registration.passwordRepeat.mismatch");
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}

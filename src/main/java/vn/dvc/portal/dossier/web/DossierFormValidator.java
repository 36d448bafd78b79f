package vn.dvc.portal.dossier.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.dvc.portal.account.PhoneNumber;
import vn.dvc.portal.dossier.IdNumber;
import vn.dvc.portal.shared.Provinces;

/**
 * What a dossier needs before it can be submitted. Saving a draft does not ask for any of it.
 */
@Component
public class DossierFormValidator {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public void validateSubmission(DossierForm form, Errors errors) {
		required(errors, "submitterName", form.getSubmitterName());
		phone(errors, "submitterPhone", form.getSubmitterPhone(), true);
		email(errors, "submitterEmail", form.getSubmitterEmail());
		required(errors, "submitterAddress", form.getSubmitterAddress());
		if (!form.isOwnerSameAsSubmitter()) {
			required(errors, "ownerName", form.getOwnerName());
			boolean hasIdNumber = form.getOwnerIdNumber() != null && !form.getOwnerIdNumber().isBlank();
			if (!hasIdNumber && !form.ownerIdentifiedOtherwise()) {
				required(errors, "ownerIdNumber", form.getOwnerIdNumber());
			}
			if (hasIdNumber && IdNumber.parse(form.getOwnerIdNumber()).isEmpty()) {
				errors.rejectValue("ownerIdNumber", "dossier.ownerIdNumber.format");
			}
			phone(errors, "ownerPhone", form.getOwnerPhone(), false);
			email(errors, "ownerEmail", form.getOwnerEmail());
			required(errors, "ownerAddress", form.getOwnerAddress());
		}
		if (form.isPostalReturn()) {
			required(errors, "recipientName", form.getRecipientName());
			phone(errors, "recipientPhone", form.getRecipientPhone(), true);
			required(errors, "recipientAddress", form.getRecipientAddress());
			if (required(errors, "recipientProvince", form.getRecipientProvince())
					&& !Provinces.contains(form.getRecipientProvince())) {
				errors.rejectValue("recipientProvince", "dossier.recipientProvince.unknown");
			}
		}
	}

	private static boolean required(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "dossier." + field + ".required");
			}
			return false;
		}
		return true;
	}

	private static void phone(Errors errors, String field, String value, boolean mandatory) {
		if (value == null || value.isBlank()) {
			if (mandatory) {
				required(errors, field, value);
			}
			return;
		}
		if (PhoneNumber.parse(value).isEmpty()) {
			errors.rejectValue(field, "dossier.phone.format");
		}
	}

	private static void email(Errors errors, String field, String value) {
		if (value != null && !value.isBlank() && !EMAIL.matcher(value.trim()).matches()) {
			errors.rejectValue(field, "dossier.email.format");
		}
	}

}

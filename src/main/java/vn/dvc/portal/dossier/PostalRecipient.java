package vn.dvc.portal.dossier;

import jakarta.persistence.Embeddable;

/** Who receives the result by the public postal service (BCCI), and where. */
@Embeddable
public record PostalRecipient(String name, String phone, String address, String province) {

	boolean isComplete() {
		return hasText(this.name) && hasText(this.phone) && hasText(this.address) && hasText(this.province);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "PostalRecipient[personal data hidden]";
	}

}

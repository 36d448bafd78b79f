package vn.dvc.portal.dossier;

import jakarta.persistence.Embeddable;

/**
 * A person in a dossier: the submitter (người nộp) or the owner (chủ hồ sơ), who may differ when
 * someone files for another.
 */
@Embeddable
public record Party(String name, String idNumber, String phone, String email, String address) {

	@Override
	public String toString() {
		return "Party[personal data hidden]";
	}

}

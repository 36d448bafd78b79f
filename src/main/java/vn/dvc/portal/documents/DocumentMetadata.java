package vn.dvc.portal.documents;

import java.time.LocalDate;

/**
 * What Decree 107/2021 asks a digitised document or a result to carry: the document type code, the
 * owner's ID number (or, without one, name, birth year, issue date and issuer), the document's name,
 * a summary, its validity period and scope.
 */
public record DocumentMetadata(Owner owner, String typeCode, String name, String summary, LocalDate validFrom,
		LocalDate validUntil, String scope) {

	public DocumentMetadata {
		if (owner == null || typeCode == null || typeCode.isBlank() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("A document needs its owner, type code and name");
		}
		if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("A document cannot expire before it is valid");
		}
	}

	/** Whose document it is. */
	public record Owner(String idNumber, String name, Integer birthYear, LocalDate idIssueDate, String idIssuer) {

		public Owner {
			boolean identified = idNumber != null && !idNumber.isBlank();
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A document owner has a name");
			}
			if (!identified && (birthYear == null || idIssueDate == null || idIssuer == null || idIssuer.isBlank())) {
				throw new IllegalArgumentException(
						"Without an ID number the owner needs birth year, issue date and issuer");
			}
			idNumber = identified ? idNumber.trim() : null;
		}

		@Override
		public String toString() {
			return "Owner[personal data hidden]";
		}

	}

}

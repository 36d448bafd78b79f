package vn.dvc.portal.dossier;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * How an owner without an ID number is identified (Decree 107/2021): birth year, and the issue
 * date and issuer of the document that identifies them.
 */
@Embeddable
public record OwnerIdentity(Integer birthYear, LocalDate idIssueDate, String idIssuer) {

	public boolean isComplete() {
		return this.birthYear != null && this.idIssueDate != null && this.idIssuer != null && !this.idIssuer.isBlank();
	}

}

package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen submitted a dossier, which now has its code.
 *
 * @param applicantId the account that submitted it
 */
public record DossierSubmitted(DossierId dossierId, DossierCode code, UUID applicantId, UUID agencyId,
		String procedureName, String applicantName, String applicantEmail, String applicantPhone, Instant submittedAt) {

	@Override
	public String toString() {
		return "DossierSubmitted[" + this.dossierId + ", " + this.code + "]";
	}

}

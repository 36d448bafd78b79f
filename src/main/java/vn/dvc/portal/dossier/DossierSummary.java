package vn.dvc.portal.dossier;

import java.time.Instant;

import vn.dvc.portal.dossier.events.DossierStatus;

/** A row of "Hồ sơ của tôi". */
public record DossierSummary(DossierId id, String code, String procedureName, String agencyName, DossierStatus status,
		Instant createdAt, Instant submittedAt) {
}

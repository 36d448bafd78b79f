package vn.dvc.portal.dossier;

import java.time.LocalDate;

/** A dossier past its due date: which, how late, and who holds it. */
public record LateDossier(DossierId id, String code, String procedureName, String agencyName, LocalDate dueDate,
		int workingDaysLate, String heldBy) {
}

package vn.dvc.portal.stats;

import java.time.LocalDate;
import java.util.UUID;

/** A dossier past its due date: which, how late, and who holds it. */
public record LateDossier(UUID id, String code, String procedureName, String agencyName, LocalDate dueDate,
		int workingDaysLate, String heldBy) {
}

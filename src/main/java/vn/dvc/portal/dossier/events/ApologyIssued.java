package vn.dvc.portal.dossier.events;

import java.time.LocalDate;

/**
 * The agency wrote a letter of apology for a late dossier with a new return date; the state does not change and the legal due date stays.
 */
public record ApologyIssued(DossierFacts dossier, Step step, String reason, LocalDate newReturnDate) implements DossierEvent {
}

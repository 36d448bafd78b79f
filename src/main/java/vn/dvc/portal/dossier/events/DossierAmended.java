package vn.dvc.portal.dossier.events;

import java.time.LocalDate;

/**
 * The citizen sent the amended dossier back; the due date moved by the working days spent waiting.
 *
 * @param previousDueDate the due date before the amendment (the facts hold the new one)
 */
public record DossierAmended(DossierFacts dossier, Step step, LocalDate previousDueDate) implements DossierEvent {
}

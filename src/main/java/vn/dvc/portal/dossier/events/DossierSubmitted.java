package vn.dvc.portal.dossier.events;

import java.time.Instant;

/**
 * The citizen sent the draft to the agency; it has its code and must be received by {@code receiptDueAt}.
 */
public record DossierSubmitted(DossierFacts dossier, Step step, Instant receiptDueAt) implements DossierEvent {
}

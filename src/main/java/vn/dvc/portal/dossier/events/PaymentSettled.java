package vn.dvc.portal.dossier.events;

import java.time.LocalDate;

/**
 * The amount the officer asked for was paid (online or at the counter); the dossier is back where
 * it was, its due date moved by the working days spent waiting.
 *
 * @param previousDueDate the due date before the wait (the facts hold the new one)
 */
public record PaymentSettled(DossierFacts dossier, Step step, long amountVnd, boolean atCounter,
		LocalDate previousDueDate) implements DossierEvent {
}

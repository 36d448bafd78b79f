package vn.dvc.portal.dossier.events;

/**
 * The dossier has its result.
 *
 * @param note the officer's note to the citizen, if any
 */
public record DossierResolved(DossierFacts dossier, Step step, String note) implements DossierEvent {
}

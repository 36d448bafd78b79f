package vn.dvc.portal.dossier.events;

/**
 * The officer sent the dossier back for its one amendment; the clock stops until the citizen answers.
 */
public record AmendmentRequested(DossierFacts dossier, Step step, String reason) implements DossierEvent {
}

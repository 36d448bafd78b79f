package vn.dvc.portal.dossier.events;

/**
 * The received dossier was forwarded for resolution.
 */
public record ProcessingStarted(DossierFacts dossier, Step step) implements DossierEvent {
}

package vn.dvc.portal.dossier.events;

/**
 * The citizen took the dossier back before it was resolved.
 */
public record DossierWithdrawn(DossierFacts dossier, Step step, String reason) implements DossierEvent {
}

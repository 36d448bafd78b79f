package vn.dvc.portal.dossier.events;

/**
 * The agency refused the dossier: at receipt (it was never received) or after.
 *
 * @param reason what the citizen reads
 */
public record DossierRejected(DossierFacts dossier, Step step, String reason) implements DossierEvent {
}

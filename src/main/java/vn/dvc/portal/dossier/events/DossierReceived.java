package vn.dvc.portal.dossier.events;

/**
 * The agency received the dossier (online, at the counter or by post): its due date is set.
 */
public record DossierReceived(DossierFacts dossier, Step step) implements DossierEvent {
}

package vn.dvc.portal.dossier.events;

/**
 * The result was handed over at the counter or sent by post.
 *
 * @param postalItemNumber the postal item's number when sent by post, null at the counter
 */
public record ResultReturned(DossierFacts dossier, Step step, boolean byPost, String postalItemNumber) implements DossierEvent {
}

package vn.dvc.portal.dossier;

/**
 * What the citizen writes in the dossier form (seed 002, step 5).
 *
 * @param recipient who receives the result by post; only meaningful when {@code postalReturn}
 */
public record DossierContent(Party submitter, Party owner, String content, boolean postalReturn,
		PostalRecipient recipient) {
}

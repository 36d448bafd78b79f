package vn.dvc.portal.dossier;

import java.util.Collection;

/**
 * What the citizen writes in the dossier form (seed 002, step 5).
 *
 * @param recipient who receives the result by post; only meaningful when {@code postalReturn}
 */
public record DossierContent(Party submitter, Party owner, String content, boolean postalReturn,
		PostalRecipient recipient) {

	/**
	 * This content once amended by what the citizen typed: each part the request named as typed,
	 * every other part as it was. The one statement of what an amendment may change; the
	 * aggregate applies it, and the form is validated against it.
	 */
	DossierContent amendedBy(DossierContent typed, Collection<AmendableField> named) {
		boolean recipientNamed = named.contains(AmendableField.RECIPIENT);
		return new DossierContent(named.contains(AmendableField.SUBMITTER) ? typed.submitter() : this.submitter,
				named.contains(AmendableField.OWNER) ? typed.owner() : this.owner,
				named.contains(AmendableField.CONTENT) ? typed.content() : this.content,
				recipientNamed ? typed.postalReturn() : this.postalReturn,
				recipientNamed ? (typed.postalReturn() ? typed.recipient() : null) : this.recipient);
	}

}

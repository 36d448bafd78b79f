package vn.dvc.portal.dossier.events;

import java.time.Instant;

/**
 * A step of a dossier's life, registered by the aggregate in the transaction that made it. Each
 * kind of step is its own type, so a listener subscribes to what it cares about; a new step (for
 * instance a payment request) is a new type here, and the listeners of the others do not change.
 */
public sealed interface DossierEvent permits DossierSubmitted, DossierReceived, DossierRejected, AmendmentRequested,
		DossierAmended, ProcessingStarted, DossierResolved, ResultReturned, DossierWithdrawn, ApologyIssued,
		PaymentRequested, PaymentSettled {

	/** The dossier as it stands after the step. */
	DossierFacts dossier();

	Step step();

	/**
	 * When the step happened and who took it.
	 * @param sequence the step's place in the dossier's history (1, 2, ...): a later step of the same
	 * dossier has a greater number, whatever order listeners receive them in
	 * @param actor the name of the person who took the step, as the history shows it
	 */
	record Step(Instant at, int sequence, String actor) {
	}

}

package vn.dvc.portal.stats;

/**
 * A step of a dossier that adds to the figures, at most once per dossier: each has a bit in
 * {@code stats_dossier.counted}, set in the transaction that adds its figures, so that a step
 * delivered again (after a crash, or by two nodes resubmitting) counts once. Each of these steps
 * happens at most once in a dossier's life; a step that can repeat needs a key of its own (its
 * sequence number, for instance).
 */
enum CountedStep {

	RECEIVED(1, "d.received_at is not null"),
	AMENDMENT_REQUESTED(2, "a.id is not null"),
	AMENDED(4, "a.answered_at is not null"),
	RESOLVED(8, "d.resolved_at is not null"),
	REJECTED(16, "d.status = 'REJECTED' and d.received_at is not null"),
	REFUSED(32, "d.status = 'REJECTED' and d.received_at is null"),
	WITHDRAWN(64, "d.status = 'WITHDRAWN' and d.received_at is not null"),
	RETURNED_BY_POST(128, "d.return_method = 'POSTAL' and d.returned_at is not null");

	final int bit;

	/**
	 * Whether a dossier {@code d} (with its amendment request {@code a}, if any) has taken the step,
	 * for the recount.
	 */
	final String taken;

	CountedStep(int bit, String taken) {
		this.bit = bit;
		this.taken = taken;
	}

}

package vn.dvc.portal.dossier;

/** How a dossier stands against its deadline, for the desk's colours and counts. */
public enum Deadline {

	/** No clock runs: a draft, a dossier waiting for amendment or already resolved. */
	NONE,

	ON_TIME,

	/** Due within the next working day (or, for receipt, within two hours). */
	DUE_SOON,

	OVERDUE

}

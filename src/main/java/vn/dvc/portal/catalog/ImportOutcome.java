package vn.dvc.portal.catalog;

/** What a row of an imported list means for the catalogue. */
public enum ImportOutcome {

	/** A procedure the catalogue does not have yet: publishing creates it. */
	NEW,

	/** A known procedure whose name, agency or levels change. */
	CHANGED,

	UNCHANGED,

	/** Names an agency the portal does not know. */
	UNKNOWN,

	/** Names several agencies at once (a name without its province that two provinces share). */
	AMBIGUOUS,

	/** Cannot be read: a missing or invalid value, or a code listed twice. */
	MALFORMED

}

package vn.dvc.portal.catalog;

/**
 * A search of the public catalogue; every part is optional.
 *
 * @param text words of the name or code, with or without diacritics
 */
public record ProcedureQuery(String text, AgencyId agency, ServiceLevel serviceLevel, AdminLevel adminLevel) {

	/** Longer than the longest procedure name a person would paste, far shorter than an attack. */
	public static final int MAX_TEXT_LENGTH = 300;

	/** Past this many distinct words a search narrows nothing further; the rest are not used. */
	public static final int MAX_WORDS = 20;

	public static ProcedureQuery all() {
		return new ProcedureQuery(null, null, null, null);
	}

}

package vn.dvc.portal.catalog;

/**
 * A search of the public catalogue; every part is optional.
 *
 * @param text words of the name or code, with or without diacritics
 */
public record ProcedureQuery(String text, AgencyId agency, ServiceLevel serviceLevel, AdminLevel adminLevel) {

	public static ProcedureQuery all() {
		return new ProcedureQuery(null, null, null, null);
	}

}

package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Set;

import vn.dvc.portal.documents.FileFormat;

/**
 * A procedure to add to the catalogue.
 *
 * @param code the national procedure code (like {@code 2.000287.000.00.00.H27}) or a local one
 * @param resultTypeCode the national code of the result's document type, used in result document codes
 */
public record NewProcedure(String code, String name, String field, AgencyId agencyId, ServiceLevel serviceLevel,
		AdminLevel adminLevel, int processingDays, long feeVnd, String feeNote, boolean postalReturnOffered,
		boolean onlinePaymentOffered, String legalBasis, String resultTypeCode, List<Requirement> requirements) {

	/**
	 * @param maxSizeBytes null for the portal's default limit
	 */
	public record Requirement(String name, boolean mandatory, Set<FileFormat> acceptedFormats, Long maxSizeBytes) {
	}

}

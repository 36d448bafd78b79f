package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.dvc.portal.documents.FileFormat;

/** A revision of a procedure, as the administrator edits it. */
public record ProcedureChanges(String name, String field, AgencyId agencyId, ServiceLevel serviceLevel,
		AdminLevel adminLevel, int processingDays, long feeVnd, String feeNote, boolean postalReturnOffered,
		boolean onlinePaymentOffered, String legalBasis, String resultTypeCode, List<RequirementChange> requirements) {

	/**
	 * A requirement changed, added (no id) or retired.
	 */
	public record RequirementChange(UUID id, String name, boolean mandatory, Set<FileFormat> acceptedFormats,
			Long maxSizeBytes, boolean retired) {

		NewProcedure.Requirement toRequirement() {
			return new NewProcedure.Requirement(this.name, this.mandatory, this.acceptedFormats, this.maxSizeBytes);
		}

	}

}

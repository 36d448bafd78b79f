package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything a person needs to know before filing a dossier for a procedure. */
public record ProcedureDetails(ProcedureSummary summary, String feeNote, boolean postalReturnOffered,
		boolean onlinePaymentOffered, String legalBasis, String resultTypeCode, List<RequirementDetails> requirements) {

	public ProcedureId id() {
		return this.summary.id();
	}

	public Optional<RequirementDetails> requirement(UUID requirementId) {
		return this.requirements.stream().filter(requirement -> requirement.id().equals(requirementId)).findFirst();
	}

}

package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything a person needs to know before filing a dossier for a procedure. */
public record ProcedureDetails(ProcedureSummary summary, String feeNote, boolean postalReturnOffered,
		boolean onlinePaymentOffered, String legalBasis, String resultTypeCode, List<RequirementDetails> requirements,
		int revision) {

	public ProcedureId id() {
		return this.summary.id();
	}

	public ProcedureDetails(ProcedureSummary summary, String feeNote, boolean postalReturnOffered,
			boolean onlinePaymentOffered, String legalBasis, String resultTypeCode, List<RequirementDetails> requirements) {
		this(summary, feeNote, postalReturnOffered, onlinePaymentOffered, legalBasis, resultTypeCode, requirements, 1);
	}

	/** The requirements a new dossier must meet: the retired ones are kept only for old dossiers. */
	public List<RequirementDetails> requirements() {
		return this.requirements.stream().filter(requirement -> !requirement.retired()).toList();
	}

	/** Every requirement, retired ones included, for the administrator. */
	public List<RequirementDetails> allRequirements() {
		return this.requirements;
	}

	public Optional<RequirementDetails> requirement(UUID requirementId) {
		return this.requirements.stream()
			.filter(requirement -> !requirement.retired() && requirement.id().equals(requirementId))
			.findFirst();
	}

}

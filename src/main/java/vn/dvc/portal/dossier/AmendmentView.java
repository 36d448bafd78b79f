package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The amendment request as citizen and officer read it.
 *
 * @param labels what is asked for, in the officer's order
 * @param changes what the citizen changed in answer, empty until answered
 */
public record AmendmentView(Instant requestedAt, String requestedBy, String reason, List<UUID> requirementIds,
		List<AmendableField> fields, List<String> labels, Instant answeredAt, Integer pausedWorkingDays,
		List<String> changes) {

	public boolean answered() {
		return this.answeredAt != null;
	}

	public boolean names(UUID requirementId) {
		return this.requirementIds.contains(requirementId);
	}

	public boolean names(AmendableField field) {
		return this.fields.contains(field);
	}

}

package vn.dvc.portal.rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rating page of one dossier: the survey's questions, and the rating as it stands when one was
 * given.
 *
 * @param answers the answers given, by question; empty before the rating is given
 * @param changeable whether the rating can be given, or changed, now
 */
public record RatingSheet(UUID dossierId, String dossierCode, String procedureName, String agencyName,
		List<CriterionView> criteria, Map<UUID, Answer> answers, String comment, boolean given, boolean onBehalf,
		String recordedByName, Instant givenAt, Instant changedAt, Instant changeableUntil, boolean changeable,
		int commentMaxLength, long changeWindowDays) {

	public Answer answerTo(UUID criterion) {
		return this.answers.get(criterion);
	}

	/** The questions the rating answered: the survey's, and retired ones the rating still holds. */
	public List<CriterionView> answered() {
		return this.criteria.stream().filter(criterion -> this.answers.containsKey(criterion.id())).toList();
	}

}

package vn.dvc.portal.rating;

import java.time.Instant;

/**
 * What the dossier page says about rating it.
 *
 * @param offered the dossier is returned or overdue, so its owner may rate it
 * @param given a rating exists
 * @param changeable the rating may still be changed (given, and within the change window)
 * @param onBehalf the rating was recorded by an officer at the counter
 */
public record RatingOffer(boolean offered, boolean given, boolean changeable, boolean onBehalf, Instant givenAt,
		Instant changeableUntil) {

	static final RatingOffer NOT_YET = new RatingOffer(false, false, false, false, null, null);

	/** The page invites the owner to rate: offered and not given yet. */
	public boolean invites() {
		return this.offered && !this.given;
	}

}

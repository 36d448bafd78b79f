package vn.dvc.portal.rating;

/** A rating, or a question of the survey, that cannot be saved, and why (a message key each). */
public class RatingRefusedException extends RuntimeException {

	public enum Reason {

		/** The dossier is neither returned nor overdue (or was refused, withdrawn, is a draft). */
		NOT_OFFERED,
		/** The rating was first given longer ago than the change window. */
		CLOSED,
		/** A question of the survey has no answer, or an answer of another scale. */
		INCOMPLETE,
		/** The comment is longer than allowed. */
		COMMENT_TOO_LONG,
		/** The comment holds a control character. */
		COMMENT_INVALID,
		/** A question's wording is empty, too long or holds a control character. */
		QUESTION_INVALID;

		public String messageKey() {
			return "rating.refused." + name();
		}

	}

	private final Reason reason;

	public RatingRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}

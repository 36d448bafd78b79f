package vn.dvc.portal.rating.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import vn.dvc.portal.rating.Answer;

/** The rating form as posted: an answer per question ({@code answers[<question id>]}) and a comment. */
class RatingForm {

	private Map<String, String> answers = new HashMap<>();

	private String comment;

	public Map<String, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	/** The answers that name a question and an answer; anything else is left out, and counts as unanswered. */
	Map<UUID, Answer> toAnswers() {
		Map<UUID, Answer> parsed = new HashMap<>();
		this.answers.forEach((question, answer) -> {
			try {
				parsed.put(UUID.fromString(question), Answer.valueOf(answer));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				// Not a question and answer of the form: as if unanswered.
			}
		});
		return parsed;
	}

}

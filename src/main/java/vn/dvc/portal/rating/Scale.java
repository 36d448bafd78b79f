package vn.dvc.portal.rating;

import java.util.Arrays;
import java.util.List;

/** How a question is answered: on the five-level satisfaction scale, or by a count of returns. */
public enum Scale {

	SATISFACTION, CONTACT_COUNT;

	/** The answers of this scale, best first. */
	public List<Answer> answers() {
		return Arrays.stream(Answer.values()).filter(answer -> answer.scale() == this).toList();
	}

}

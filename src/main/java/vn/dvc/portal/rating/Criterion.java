package vn.dvc.portal.rating;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dvc.portal.shared.Ids;

/**
 * A question of the survey. Its wording and place can change; a question some rating answered is
 * retired rather than deleted, so that its answers keep their question.
 */
@Entity
@Table(name = "rating_criterion")
class Criterion {

	static final int MAX_QUESTION_LENGTH = 300;

	@Id
	private UUID id;

	private String question;

	@Enumerated(EnumType.STRING)
	private Scale scale;

	private int position;

	private Instant retiredAt;

	@Version
	private long version;

	protected Criterion() {
	}

	Criterion(String question, Scale scale, int position) {
		this.id = Ids.next();
		this.question = checked(question);
		this.scale = scale;
		this.position = position;
	}

	void reword(String question, int position) {
		this.question = checked(question);
		this.position = position;
	}

	void retire(Instant now) {
		if (this.retiredAt == null) {
			this.retiredAt = now;
		}
	}

	void restore() {
		this.retiredAt = null;
	}

	private static String checked(String question) {
		String text = (question == null) ? "" : question.strip();
		if (text.isEmpty() || text.length() > MAX_QUESTION_LENGTH || Comments.hasControlCharacter(text)) {
			throw new RatingRefusedException(RatingRefusedException.Reason.QUESTION_INVALID);
		}
		return text;
	}

	UUID id() {
		return this.id;
	}

	Scale scale() {
		return this.scale;
	}

	boolean isRetired() {
		return this.retiredAt != null;
	}

	CriterionView view() {
		return new CriterionView(this.id, this.question, this.scale, this.position, isRetired());
	}

}

package vn.dvc.portal.rating;

/**
 * An answer to one question: "Rất hài lòng" ... "Rất không hài lòng", or, for the number of times
 * the person had to come back or get in touch, 0, 1, or 2 or more.
 */
public enum Answer {

	VERY_SATISFIED(Scale.SATISFACTION), SATISFIED(Scale.SATISFACTION), NEUTRAL(Scale.SATISFACTION),
	DISSATISFIED(Scale.SATISFACTION), VERY_DISSATISFIED(Scale.SATISFACTION),

	CONTACTS_NONE(Scale.CONTACT_COUNT), CONTACTS_ONCE(Scale.CONTACT_COUNT),
	CONTACTS_TWICE_OR_MORE(Scale.CONTACT_COUNT);

	private final Scale scale;

	Answer(Scale scale) {
		this.scale = scale;
	}

	public Scale scale() {
		return this.scale;
	}

}

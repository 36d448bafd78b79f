package vn.dvc.portal.rating;

import java.util.EnumMap;
import java.util.Map;

/**
 * How the answers to one question split.
 *
 * @param answered how many ratings answered the question
 */
public record Shares(long answered, Map<Answer, Long> counts) {

	static final Shares NONE = new Shares(0, Map.of());

	public Shares {
		counts = Map.copyOf(counts);
	}

	public long count(Answer answer) {
		return this.counts.getOrDefault(answer, 0L);
	}

	/** The answer's share of the answers, 0 to 100; null when nobody answered. */
	public Double percent(Answer answer) {
		return (this.answered == 0) ? null : count(answer) * 100.0 / this.answered;
	}

	Shares plus(Answer answer, long count) {
		Map<Answer, Long> more = new EnumMap<>(Answer.class);
		more.putAll(this.counts);
		more.merge(answer, count, Long::sum);
		return new Shares(this.answered + count, more);
	}

}

package vn.dvc.portal.rating;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rating's rules that a province may set.
 *
 * @param changeWindow how long after it was first given a rating may still be changed
 * @param commentMaxLength the longest comment, in characters; the column holds 1000
 */
@ConfigurationProperties("dvc.rating")
public record RatingProperties(@DefaultValue("7d") Duration changeWindow, @DefaultValue("1000") int commentMaxLength) {

	public RatingProperties {
		if (commentMaxLength < 1 || commentMaxLength > 1000) {
			throw new IllegalArgumentException("dvc.rating.comment-max-length must be between 1 and 1000");
		}
	}

}

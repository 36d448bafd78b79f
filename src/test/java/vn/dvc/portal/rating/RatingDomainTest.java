package vn.dvc.portal.rating;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.dvc.portal.dossier.events.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rating's own rules, without the database. */
class RatingDomainTest {

	private static final Instant GIVEN = Instant.parse("2026-03-02T03:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	private static Rating given() {
		return Rating.give(new Rating.RatedDossier(UUID.randomUUID(), "H27.1-260302-0001", UUID.randomUUID(), "Sở",
				"P1", "Thủ tục", UUID.randomUUID()), Map.of(UUID.randomUUID(), Answer.SATISFIED), null,
				new Rating.RecordedBy(UUID.randomUUID(), "Người dân", false), GIVEN);
	}

	@Test
	void aRatingChangesUntilTheWindowEndsAndNotAtItsEnd() {
		Rating rating = given();
		rating.change(Map.of(), "ok", new Rating.RecordedBy(UUID.randomUUID(), "Cán bộ", true),
				GIVEN.plus(WEEK).minusSeconds(1), WEEK);
		assertThat(rating.isOnBehalf()).isTrue();
		assertThat(rating.isChangeable(GIVEN.plus(WEEK), WEEK)).isFalse();
		assertThatThrownBy(() -> rating.change(Map.of(), "late", new Rating.RecordedBy(UUID.randomUUID(), "Người dân", false),
				GIVEN.plus(WEEK), WEEK))
			.isInstanceOf(RatingRefusedException.class)
			.extracting(ex -> ((RatingRefusedException) ex).reason())
			.isEqualTo(RatingRefusedException.Reason.CLOSED);
		assertThat(rating.comment()).isEqualTo("ok");
	}

	@Test
	void aDossierIsOfferedWhenReturnedOrOverdueWhileTheAgencyHoldsIt() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		assertThat(SatisfactionSurvey.offered(DossierStatus.RETURNED, today.plusDays(5), today)).isTrue();
		assertThat(SatisfactionSurvey.offered(DossierStatus.IN_PROGRESS, today.minusDays(1), today)).isTrue();
		assertThat(SatisfactionSurvey.offered(DossierStatus.RESOLVED, today.minusDays(1), today)).isTrue();
		assertThat(SatisfactionSurvey.offered(DossierStatus.IN_PROGRESS, today, today)).isFalse();
		assertThat(SatisfactionSurvey.offered(DossierStatus.AMENDMENT_REQUESTED, today.minusDays(9), today)).isFalse();
		assertThat(SatisfactionSurvey.offered(DossierStatus.REJECTED, today.minusDays(9), today)).isFalse();
		assertThat(SatisfactionSurvey.offered(DossierStatus.SUBMITTED, null, today)).isFalse();
	}

	@Test
	void aQuestionNeedsAWordingWithoutControlCharacters() {
		assertThatThrownBy(() -> new Criterion("  ", Scale.SATISFACTION, 1)).isInstanceOf(RatingRefusedException.class);
		assertThatThrownBy(() -> new Criterion("Câu\u0000hỏi", Scale.SATISFACTION, 1))
			.isInstanceOf(RatingRefusedException.class);
		assertThatThrownBy(() -> new Criterion("x".repeat(301), Scale.SATISFACTION, 1))
			.isInstanceOf(RatingRefusedException.class);
		assertThat(new Criterion(" Thời gian chờ tại quầy ", Scale.SATISFACTION, 6).view().question())
			.isEqualTo("Thời gian chờ tại quầy");
	}

	@Test
	void eachScaleHasItsAnswers() {
		assertThat(Scale.SATISFACTION.answers()).containsExactly(Answer.VERY_SATISFIED, Answer.SATISFIED, Answer.NEUTRAL,
				Answer.DISSATISFIED, Answer.VERY_DISSATISFIED);
		assertThat(Scale.CONTACT_COUNT.answers()).containsExactly(Answer.CONTACTS_NONE, Answer.CONTACTS_ONCE,
				Answer.CONTACTS_TWICE_OR_MORE);
	}

}

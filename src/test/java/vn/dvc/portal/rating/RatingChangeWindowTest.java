package vn.dvc.portal.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.dossier.DossierAccess;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.FinishedDossiers;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rating can be changed for seven days after it was first given, and not after: the survey is
 * run with the portal's clock moved on (the clock it is given), on the real database.
 */
@PortalTest
class RatingChangeWindowTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Ratings ratings;

	@Autowired
	Criteria criteria;

	@Autowired
	DossierAccess dossiers;

	@Autowired
	Catalog catalog;

	@Autowired
	RatingProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/** The survey as the portal runs it, with its clock moved on by {@code later}. */
	private SatisfactionSurvey after(Duration later) {
		return new SatisfactionSurvey(this.ratings, this.criteria, this.dossiers, this.catalog,
				this.properties, Clock.offset(this.clock, later));
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> work.run());
	}

	private static Map<UUID, Answer> all(Answer satisfaction, Answer contacts) {
		Map<UUID, Answer> answers = new LinkedHashMap<>();
		List<UUID> ids = RatingJourneyTest.DEFAULT_CRITERIA;
		for (int i = 0; i < 4; i++) {
			answers.put(ids.get(i), satisfaction);
		}
		answers.put(ids.get(4), contacts);
		return answers;
	}

	private List<String> answersOf(UUID dossier) {
		return this.jdbc.queryForList("select answer from rating_answer a join rating r on r.id = a.rating_id"
				+ " where r.dossier_id = ? order by a.criterion_id", String.class, dossier);
	}

	@Test
	void theRatingChangesWithinSevenDaysAndNotAfter() throws Exception {
		assertThat(this.properties.changeWindow()).isEqualTo(Duration.ofDays(7));
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lê Thị Mai", "mai-" + UUID.randomUUID() + "@example.com");
		DossierForms.Filed filed = FinishedDossiers.returned(this.context, citizen);
		DossierId dossier = new DossierId(filed.id());

		inTransaction(() -> after(Duration.ZERO).rateAsOwner(citizen, dossier,
				all(Answer.DISSATISFIED, Answer.CONTACTS_ONCE), "Phải đi lại một lần"));
		inTransaction(() -> after(Duration.ofDays(7).minusMinutes(1)).rateAsOwner(citizen, dossier,
				all(Answer.SATISFIED, Answer.CONTACTS_ONCE), null));
		assertThat(answersOf(filed.id())).containsExactly("SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED",
				"CONTACTS_ONCE");

		RatingRefusedException late = catchThrowableOfType(RatingRefusedException.class,
				() -> inTransaction(() -> after(Duration.ofDays(7).plusMinutes(1)).rateAsOwner(citizen, dossier,
						all(Answer.VERY_DISSATISFIED, Answer.CONTACTS_TWICE_OR_MORE), null)));
		assertThat(late.reason()).isEqualTo(RatingRefusedException.Reason.CLOSED);
		assertThat(answersOf(filed.id())).containsExactly("SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED",
				"CONTACTS_ONCE");
		assertThat(this.jdbc.queryForObject("select count(*) from rating where dossier_id = ?", Integer.class, filed.id()))
			.isEqualTo(1);

		RatingSheet sheet = after(Duration.ofDays(8)).sheetForOwner(citizen, dossier);
		assertThat(sheet.given()).isTrue();
		assertThat(sheet.changeable()).isFalse();
		assertThat(after(Duration.ofDays(6)).sheetForOwner(citizen, dossier).changeable()).isTrue();
	}

	@Test
	void aRatingGivenMoreThanSevenDaysAgoShowsAsFinalAndItsChangeIsRefused() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hồ Văn Nam", "nam-" + UUID.randomUUID() + "@example.com");
		DossierForms.Filed filed = FinishedDossiers.returned(this.context, citizen);
		this.mvc.perform(RatingJourneyTest.rating("/my/dossiers/{id}/rating", filed.id(), citizen, null));
		this.jdbc.update("update rating set given_at = given_at - interval '8 days', changed_at = changed_at - interval '8 days'"
				+ " where dossier_id = ?", filed.id());
		this.mvc.perform(get("/my/dossiers/{id}/rating", filed.id()).with(user(citizen)).param("change", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("quá thời hạn thay đổi")))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));
		this.mvc.perform(RatingJourneyTest.rating("/my/dossiers/{id}/rating", filed.id(), citizen, "Đổi ý"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("quá thời hạn được thay đổi")));
		assertThat(this.jdbc.queryForObject("select comment from rating where dossier_id = ?", String.class, filed.id()))
			.isNull();
	}

}

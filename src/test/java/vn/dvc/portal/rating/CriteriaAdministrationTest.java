package vn.dvc.portal.rating;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.FinishedDossiers;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator keeps the survey: adds a question, rewords it, and takes it out, deleted when
 * nobody answered it, retired (kept with its answers) when someone did.
 */
@PortalTest
class CriteriaAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SatisfactionSurvey survey;

	@Autowired
	CriteriaAdministration administration;

	private UUID criterionNamed(String question) {
		return this.jdbc.queryForObject("select id from rating_criterion where question = ?", UUID.class, question);
	}

	@Test
	void aQuestionNobodyAnsweredIsDeletedAndOneSomebodyAnsweredIsRetired() throws Exception {
		PortalUser admin = TestAccounts.staff(this.context, "admin");
		this.mvc.perform(get("/admin/rating-criteria").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thái độ của cán bộ")));

		String unused = "Câu hỏi thử không ai trả lời " + UUID.randomUUID();
		this.mvc.perform(post("/admin/rating-criteria").with(user(admin)).with(csrf())
			.param("question", unused).param("scale", "SATISFACTION").param("position", "7"))
			.andExpect(flash().attribute("successKey", "admin.saved"));
		UUID unusedId = criterionNamed(unused);
		this.mvc.perform(post("/admin/rating-criteria/{id}/remove", unusedId).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("successKey", "rating.criteria.removed.DELETED"));
		assertThat(this.jdbc.queryForObject("select count(*) from rating_criterion where id = ?", Integer.class, unusedId))
			.isZero();

		String waiting = "Thời gian chờ tại quầy " + UUID.randomUUID();
		this.mvc.perform(post("/admin/rating-criteria").with(user(admin)).with(csrf())
			.param("question", waiting).param("scale", "SATISFACTION").param("position", "6"))
			.andExpect(flash().attribute("successKey", "admin.saved"));
		UUID waitingId = criterionNamed(waiting);
		try {
			// Reworded; a blank wording is refused and changes nothing.
			String reworded = waiting.replace("Thời gian chờ", "Thời gian phải chờ");
			this.mvc.perform(post("/admin/rating-criteria/{id}", waitingId).with(user(admin)).with(csrf())
				.param("question", reworded).param("position", "6"));
			this.mvc.perform(post("/admin/rating-criteria/{id}", waitingId).with(user(admin)).with(csrf())
				.param("question", "   ").param("position", "6"))
				.andExpect(flash().attribute("warningKey", "rating.refused.QUESTION_INVALID"));
			assertThat(this.jdbc.queryForObject("select question from rating_criterion where id = ?", String.class, waitingId))
				.isEqualTo(reworded);

			// The new question is in the form, and a rating must answer it.
			PortalUser citizen = TestAccounts.activeCitizen(this.context, "Đỗ Văn Hùng", "hung-" + UUID.randomUUID() + "@example.com");
			DossierForms.Filed dossier = FinishedDossiers.returned(this.context, citizen);
			this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(citizen)))
				.andExpect(content().string(containsString(reworded)));
			this.mvc.perform(RatingJourneyTest.rating("/my/dossiers/{id}/rating", dossier.id(), citizen, null))
				.andExpect(status().isBadRequest());
			Map<UUID, Answer> answers = new LinkedHashMap<>();
			RatingJourneyTest.DEFAULT_CRITERIA.forEach(id -> answers.put(id, Answer.SATISFIED));
			answers.put(RatingJourneyTest.DEFAULT_CRITERIA.get(4), Answer.CONTACTS_NONE);
			answers.put(waitingId, Answer.NEUTRAL);
			this.survey.rateAsOwner(citizen, new DossierId(dossier.id()), answers, null);

			// Answered, so retired: out of the survey, still with the rating.
			this.mvc.perform(post("/admin/rating-criteria/{id}/remove", waitingId).with(user(admin)).with(csrf()))
				.andExpect(flash().attribute("successKey", "rating.criteria.removed.RETIRED"));
			assertThat(this.jdbc.queryForObject("select retired_at is not null from rating_criterion where id = ?",
					Boolean.class, waitingId)).isTrue();
			assertThat(this.jdbc.queryForObject("select answer from rating_answer where criterion_id = ?", String.class,
					waitingId)).isEqualTo("NEUTRAL");
			this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(citizen)))
				.andExpect(content().string(containsString(reworded)));
			PortalUser another = TestAccounts.activeCitizen(this.context, "Đỗ Thị Lan", "lan-" + UUID.randomUUID() + "@example.com");
			DossierForms.Filed other = FinishedDossiers.returned(this.context, another);
			this.mvc.perform(get("/my/dossiers/{id}/rating", other.id()).with(user(another)))
				.andExpect(content().string(not(containsString(reworded))));
			this.mvc.perform(RatingJourneyTest.rating("/my/dossiers/{id}/rating", other.id(), another, null))
				.andExpect(status().is3xxRedirection());
		}
		finally {
			// Whatever happened, the survey is left as the other tests know it.
			if (this.jdbc.queryForObject("select count(*) from rating_criterion where id = ? and retired_at is null",
					Integer.class, waitingId) > 0) {
				this.administration.remove(waitingId);
			}
		}
	}

	@Test
	void onlyTheAdministratorKeepsTheSurvey() throws Exception {
		PortalUser officer = FinishedDossiers.officer(this.context);
		this.mvc.perform(get("/admin/rating-criteria").with(user(officer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/rating-criteria").with(user(officer)).with(csrf())
			.param("question", "Câu hỏi của cán bộ").param("scale", "SATISFACTION").param("position", "9"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from rating_criterion where question = ?", Integer.class,
				"Câu hỏi của cán bộ")).isZero();
	}

}

package vn.dvc.portal.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rating a dossier through its pages: offered once the result is returned (or the dossier is
 * overdue) and not before, to its owner only, once (two posts racing make one rating), and
 * recorded by an officer at the counter marked as such.
 */
@PortalTest
class RatingJourneyTest {

	/** The default survey of V12, in its order; the last is the count question. */
	static final List<UUID> DEFAULT_CRITERIA = List.of(UUID.fromString("01937a00-0000-7000-8000-000000000001"),
			UUID.fromString("01937a00-0000-7000-8000-000000000002"),
			UUID.fromString("01937a00-0000-7000-8000-000000000003"),
			UUID.fromString("01937a00-0000-7000-8000-000000000004"),
			UUID.fromString("01937a00-0000-7000-8000-000000000005"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser citizen;

	@BeforeEach
	void citizen() {
		this.citizen = TestAccounts.activeCitizen(this.context, "Trần Văn Bình", "binh-" + UUID.randomUUID() + "@example.com");
	}

	/** The form's post with an answer to each question of the default survey. */
	static MockHttpServletRequestBuilder rating(String path, UUID dossier, PortalUser who, String comment) {
		MockHttpServletRequestBuilder request = post(path, dossier).with(user(who)).with(csrf());
		for (int i = 0; i < 4; i++) {
			request.param("answers[" + DEFAULT_CRITERIA.get(i) + "]", "SATISFIED");
		}
		request.param("answers[" + DEFAULT_CRITERIA.get(4) + "]", "CONTACTS_NONE");
		return (comment == null) ? request : request.param("comment", comment);
	}

	private int ratingsOf(UUID dossier) {
		return this.jdbc.queryForObject("select count(*) from rating where dossier_id = ?", Integer.class, dossier);
	}

	@Test
	void theOwnerIsOfferedARatingOnceTheResultIsReturnedAndRatesOnce() throws Exception {
		DossierForms.Filed dossier = FinishedDossiers.returned(this.context, this.citizen);
		this.mvc.perform(get("/my/dossiers/{id}", dossier.id()).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rating-offer\"")))
			.andExpect(content().string(not(containsString("id=\"rating-given\""))));
		this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rating-form\"")))
			.andExpect(content().string(containsString("Rất không hài lòng")))
			.andExpect(content().string(containsString("2 lần trở lên")));

		this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), this.citizen, "Cán bộ hướng dẫn tận tình"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/my/dossiers/" + dossier.id() + "/rating"))
			.andExpect(flash().attribute("successKey", "rating.thanks"));

		assertThat(ratingsOf(dossier.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForMap("select on_behalf, recorded_by, comment, applicant_id from rating where dossier_id = ?",
				dossier.id()))
			.containsEntry("on_behalf", false)
			.containsEntry("recorded_by", this.citizen.accountId().value())
			.containsEntry("applicant_id", this.citizen.accountId().value())
			.containsEntry("comment", "Cán bộ hướng dẫn tận tình");
		assertThat(this.jdbc.queryForList("select answer from rating_answer a join rating r on r.id = a.rating_id"
				+ " where r.dossier_id = ? order by a.criterion_id", String.class, dossier.id()))
			.containsExactly("SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "CONTACTS_NONE");

		// The dossier page no longer invites; it says the rating was given, and the rating page thanks.
		this.mvc.perform(get("/my/dossiers/{id}", dossier.id()).with(user(this.citizen)))
			.andExpect(content().string(not(containsString("id=\"rating-offer\""))))
			.andExpect(content().string(containsString("id=\"rating-given\"")));
		this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rating-summary\"")))
			.andExpect(content().string(containsString("id=\"rating-change\"")))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))))
			.andExpect(content().string(not(containsString("id=\"rating-on-behalf\""))));

		// Changed within the week: still one rating, with the new answers.
		this.mvc.perform(post("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen))
			.with(csrf())
			.param("answers[" + DEFAULT_CRITERIA.get(0) + "]", "VERY_SATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(1) + "]", "NEUTRAL")
			.param("answers[" + DEFAULT_CRITERIA.get(2) + "]", "DISSATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(3) + "]", "VERY_DISSATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(4) + "]", "CONTACTS_TWICE_OR_MORE"))
			.andExpect(status().is3xxRedirection());
		assertThat(ratingsOf(dossier.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select answer from rating_answer a join rating r on r.id = a.rating_id"
				+ " where r.dossier_id = ? order by a.criterion_id", String.class, dossier.id()))
			.containsExactly("VERY_SATISFIED", "NEUTRAL", "DISSATISFIED", "VERY_DISSATISFIED", "CONTACTS_TWICE_OR_MORE");
		assertThat(this.jdbc.queryForObject("select comment from rating where dossier_id = ?", String.class, dossier.id()))
			.isNull();
	}

	@Test
	void aDossierWithoutItsResultIsNotOfferedUntilItIsOverdue() throws Exception {
		DossierForms.Filed dossier = FinishedDossiers.received(this.context, this.citizen);
		this.mvc.perform(get("/my/dossiers/{id}", dossier.id()).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"rating-offer\""))));
		this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("chỉ được đánh giá khi đã trả kết quả")));
		this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), this.citizen, null))
			.andExpect(status().isForbidden());
		assertThat(ratingsOf(dossier.id())).isZero();

		// Its due date passes while the agency holds it: now it may be rated.
		this.jdbc.update("update dossier set due_date = current_date - 2 where id = ?", dossier.id());
		this.mvc.perform(get("/my/dossiers/{id}", dossier.id()).with(user(this.citizen)))
			.andExpect(content().string(containsString("id=\"rating-offer\"")));
		this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), this.citizen, null))
			.andExpect(status().is3xxRedirection());
		assertThat(ratingsOf(dossier.id())).isEqualTo(1);
	}

	@Test
	void anotherCitizenCannotSeeNorRateTheDossier() throws Exception {
		DossierForms.Filed dossier = FinishedDossiers.returned(this.context, this.citizen);
		PortalUser stranger = TestAccounts.activeCitizen(this.context, "Người Lạ", "la-" + UUID.randomUUID() + "@example.com");
		this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), stranger, null))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/my/dossiers/{id}/rating", UUID.randomUUID()).with(user(this.citizen)))
			.andExpect(status().isNotFound());
		assertThat(ratingsOf(dossier.id())).isZero();
	}

	@Test
	void anOfficerRecordsTheRatingAtTheCounterMarkedAsSuch() throws Exception {
		DossierForms.Filed dossier = FinishedDossiers.returned(this.context, this.citizen);
		PortalUser officer = FinishedDossiers.officer(this.context);
		this.mvc.perform(get("/desk/dossiers/{id}", dossier.id()).with(user(officer)))
			.andExpect(content().string(containsString("id=\"rating-counter\"")));

		// An officer of another agency does not find the dossier.
		PortalUser otherAgency = TestAccounts.staff(this.context, "canbo.sonoivu");
		this.mvc.perform(rating("/desk/dossiers/{id}/rating", dossier.id(), otherAgency, null))
			.andExpect(status().isNotFound());
		// A citizen cannot use the counter's page.
		this.mvc.perform(rating("/desk/dossiers/{id}/rating", dossier.id(), this.citizen, null))
			.andExpect(status().isForbidden());
		assertThat(ratingsOf(dossier.id())).isZero();

		this.mvc.perform(rating("/desk/dossiers/{id}/rating", dossier.id(), officer, null))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "rating.recordedAtCounter"));
		assertThat(this.jdbc.queryForMap("select on_behalf, recorded_by from rating where dossier_id = ?", dossier.id()))
			.containsEntry("on_behalf", true)
			.containsEntry("recorded_by", officer.accountId().value());

		// The owner sees it was recorded at the counter, and is no longer invited to rate.
		this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen)))
			.andExpect(content().string(containsString("id=\"rating-on-behalf\"")))
			.andExpect(content().string(containsString(officer.displayName())));
		this.mvc.perform(get("/my/dossiers/{id}", dossier.id()).with(user(this.citizen)))
			.andExpect(content().string(not(containsString("id=\"rating-offer\""))));
	}

	@Test
	void aRatingWithAQuestionUnansweredOrABadCommentIsRefusedWithTheFormAgain() throws Exception {
		DossierForms.Filed dossier = FinishedDossiers.returned(this.context, this.citizen);
		this.mvc.perform(post("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen))
			.with(csrf())
			.param("answers[" + DEFAULT_CRITERIA.get(0) + "]", "SATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(4) + "]", "SATISFIED")
			.param("answers[not-a-question]", "SATISFIED")
			.param("comment", "Tốt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Hãy chọn một câu trả lời cho mỗi câu hỏi")))
			.andExpect(content().string(containsString("id=\"rating-form\"")));
		this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), this.citizen, "x".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Góp ý quá dài")));
		this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), this.citizen, "Tốt\u001b[31m"))
			.andExpect(status().isBadRequest());
		// An answer that is not one of the scale's counts as no answer.
		this.mvc.perform(post("/my/dossiers/{id}/rating", dossier.id()).with(user(this.citizen))
			.with(csrf())
			.param("answers[" + DEFAULT_CRITERIA.get(0) + "]", "SATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(1) + "]", "SATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(2) + "]", "HẾT SỨC HÀI LÒNG")
			.param("answers[" + DEFAULT_CRITERIA.get(3) + "]", "SATISFIED")
			.param("answers[" + DEFAULT_CRITERIA.get(4) + "]", "CONTACTS_NONE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Hãy chọn một câu trả lời cho mỗi câu hỏi")));
		this.mvc.perform(get("/my/dossiers/{id}/rating", "khong-phai-ma").with(user(this.citizen)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/my/dossiers/{id}/rating", dossier.id()).param("change", "co-le").with(user(this.citizen)))
			.andExpect(status().isBadRequest());
		assertThat(ratingsOf(dossier.id())).isZero();
	}

	@Test
	void postsRacingEachOtherMakeOneRatingAndNoError() throws Exception {
		DossierForms.Filed dossier = FinishedDossiers.returned(this.context, this.citizen);
		int posts = 8;
		ExecutorService pool = Executors.newFixedThreadPool(posts);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < posts; i++) {
				Callable<Integer> post = () -> {
					start.await();
					return this.mvc.perform(rating("/my/dossiers/{id}/rating", dossier.id(), this.citizen, "Nhanh"))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				statuses.add(pool.submit(post));
			}
			start.countDown();
			for (Future<Integer> status : statuses) {
				assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ratingsOf(dossier.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from rating_answer a join rating r on r.id = a.rating_id"
				+ " where r.dossier_id = ?", Integer.class, dossier.id())).isEqualTo(5);
	}

}

package vn.dvc.portal.dossier.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.dossier.TrackingView;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Tra cứu hồ sơ": anyone may follow a dossier by its code, and learns nothing personal. */
@PortalTest
class TrackingTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

	@Test
	void aSubmittedDossierShowsItsProcedureAndStatusButNoPersonalData() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Đặng Thị Tra Cứu",
				"tracuu-" + UUID.randomUUID() + "@example.com");
		Filed submitted = DossierForms.submit(this.mvc, citizen, procedure, "don.pdf", TestFiles.pdf());
		String idNumber = this.jdbc.queryForObject("select login from account where id = ?", String.class,
				citizen.accountId().value());

		String page = this.mvc.perform(get("/track").param("code", submitted.code()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("result", org.hamcrest.Matchers.instanceOf(TrackingView.class)))
			.andExpect(content().string(containsString(submitted.code())))
			.andExpect(content().string(containsString(procedure.summary().name())))
			.andExpect(content().string(containsString(procedure.summary().agency().name())))
			.andExpect(content().string(containsString(text("dossier.status.SUBMITTED"))))
			.andExpect(content().string(not(containsString(text("track.notFound")))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(text("dossier.status.SUBMITTED")).isEqualTo("Mới đăng ký");
		assertThat(page).doesNotContain("Đặng Thị Tra Cứu")
			.doesNotContain("0912345678")
			.doesNotContain("0912 345 678")
			.doesNotContain(idNumber)
			.doesNotContain("Số 1 Trần Phú")
			.doesNotContain("tracuu-")
			.doesNotContain("hội thảo quốc tế về du lịch");
		TrackingView view = (TrackingView) this.mvc.perform(get("/track").param("code", submitted.code()))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("result");
		assertThat(view.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(view.code()).isEqualTo(submitted.code());
	}

	@Test
	void theCodeMayBeTypedInLowerCaseWithSpaces() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Võ Văn Gõ",
				"go-" + UUID.randomUUID() + "@example.com");
		Filed submitted = DossierForms.submit(this.mvc, citizen, procedure, "don.pdf", TestFiles.pdf());

		this.mvc.perform(get("/track").param("code", "  " + submitted.code().toLowerCase(Locale.ROOT) + " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(procedure.summary().name())))
			.andExpect(content().string(not(containsString(text("track.notFound")))));
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		this.mvc.perform(get("/track").param("code", "000.00.20.H27-991231-9999"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("result", org.hamcrest.Matchers.nullValue()))
			.andExpect(content().string(containsString(text("track.notFound"))));
	}

	@Test
	void theEmptyPageAsksForACodeWithoutSayingNotFound() throws Exception {
		this.mvc.perform(get("/track"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("searched", false))
			.andExpect(content().string(not(containsString(text("track.notFound")))));
	}

	@Test
	void garbageIsNotFoundAndNeverAnError() throws Exception {
		String[] garbage = { "hello", "'; drop table dossier; --", "%", "%25%00", "x".repeat(5000),
				"000.00.20.H27-241105-" + "9".repeat(7), "Đ".repeat(40) + "-241105-0001", "../../etc/passwd",
				"<script>alert('dvc')</script>" };
		for (String code : garbage) {
			this.mvc.perform(get("/track").param("code", code))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(text("track.notFound"))))
				.andExpect(content().string(not(containsString("<script>alert('dvc')</script>"))));
		}
	}

	@Test
	void aControlCharacterIsRefusedAtTheEdge() throws Exception {
		// A NUL reached PostgreSQL once, which refused it and the page said "data changed".
		for (String code : new String[] { "\u0000", "000.00.20.H27\u0000-241105-0001", "\u001b[2J" }) {
			this.mvc.perform(get("/track").param("code", code)).andExpect(status().isBadRequest());
		}
	}

	@Test
	void aCodeLongerThanTheColumnIsSimplyNotFound() throws Exception {
		// The format allows up to 40 characters of agency code, more than the code column holds.
		String longCode = "0".repeat(40) + "-241105-000001";
		this.mvc.perform(get("/track").param("code", longCode))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(text("track.notFound"))));
	}

}

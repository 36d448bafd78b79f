package vn.dvc.portal.dossier.web.desk;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two officers on the same dossier: each action carries the version the officer saw, so the one
 * who acts second on an old page is told the dossier changed, and nothing of the first is lost.
 */
@PortalTest
class DeskStaleActionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser officer;

	private Filed dossier;

	@BeforeEach
	void submittedDossier() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hoàng Văn Cường",
				"cuong-" + UUID.randomUUID() + "@example.com");
		this.dossier = DossierForms.submit(this.mvc, citizen, procedure, "Đơn đề nghị.pdf", TestFiles.pdf());
		this.officer = TestAccounts.staff(this.context, "canbo.songoaivu");
	}

	private String version() {
		return DeskActions.version(this.jdbc, this.dossier.id());
	}

	private String state() {
		return this.jdbc.queryForObject("select status from dossier where id = ?", String.class, this.dossier.id());
	}

	@Test
	void theSecondOfficerActingOnAnOldPageIsToldTheDossierChanged() throws Exception {
		String seen = version();

		this.mvc.perform(post("/desk/dossiers/{id}/receive", this.dossier.id()).param("version", seen)
			.param("identityChecked", "true")
			.with(user(this.officer))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "desk.received"));
		assertThat(state()).isEqualTo("RECEIVED");

		MvcResult stale = this.mvc
			.perform(post("/desk/dossiers/{id}/reject", this.dossier.id()).param("version", seen)
				.param("reason", "Thiếu chữ ký")
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/desk/dossiers/" + this.dossier.id()))
			.andExpect(flash().attribute("warningKey", "desk.changed"))
			.andReturn();
		// The message travels in a cookie of its own (CookieFlashMaps), not in the session.
		Cookie message = stale.getResponse().getCookie("DVC-FLASH");
		assertThat(message).isNotNull();
		assertThat(state()).as("the first officer's receipt stands").isEqualTo("RECEIVED");

		String page = this.mvc
			.perform(get("/desk/dossiers/{id}", this.dossier.id()).cookie(message).with(user(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hồ sơ vừa được cán bộ khác xử lý hoặc đã thay đổi").contains(this.dossier.code());
	}

	@Test
	void anActionWithoutTheVersionSeenIsRefusedWithoutChangingAnything() throws Exception {
		this.mvc.perform(post("/desk/dossiers/{id}/receive", this.dossier.id()).param("identityChecked", "true")
			.with(user(this.officer))
			.with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(state()).isEqualTo("SUBMITTED");
	}

	@Test
	void anApologyIsRefusedWithItsReasonWhileTheDossierIsOnTime() throws Exception {
		DeskActions.receive(this.mvc, this.jdbc, this.officer, this.dossier.id());
		java.time.LocalDate today = java.time.LocalDate.now(vn.dvc.portal.shared.PortalTime.ZONE);

		this.mvc.perform(post("/desk/dossiers/{id}/apology", this.dossier.id()).param("version", version())
			.param("reason", "Chờ ý kiến cơ quan phối hợp")
			.param("newReturnDate", today.toString())
			.with(user(this.officer))
			.with(csrf()))
			.andExpect(flash().attribute("warningKey", "desk.apology.dateInPast"));
		this.mvc.perform(post("/desk/dossiers/{id}/apology", this.dossier.id()).param("version", version())
			.param("reason", "Chờ ý kiến cơ quan phối hợp")
			.param("newReturnDate", today.plusDays(10).toString())
			.with(user(this.officer))
			.with(csrf()))
			.andExpect(flash().attribute("warningKey", "desk.apology.notLate"));

		assertThat(this.jdbc.queryForObject("select count(*) from apology_letter where dossier_id = ?", Integer.class,
				this.dossier.id())).isZero();
	}

}

package vn.dvc.portal.support;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** An officer's steps at the desk, posted as the dossier page posts them, each expected to succeed. */
public final class DeskActions {

	private DeskActions() {
	}

	/** The dossier's version now, as the desk page would post it back. */
	public static String version(JdbcTemplate jdbc, UUID dossier) {
		return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier).toString();
	}

	/** Receives the dossier after checking the applicant's identity. */
	public static void receive(MockMvc mvc, JdbcTemplate jdbc, PortalUser officer, UUID dossier) throws Exception {
		mvc.perform(post("/desk/dossiers/{id}/receive", dossier).param("version", version(jdbc, dossier))
			.param("identityChecked", "true")
			.with(user(officer))
			.with(csrf())).andExpect(flash().attribute("successKey", "desk.received"));
	}

	/** Asks for the amendment of one document. */
	public static void requestAmendment(MockMvc mvc, JdbcTemplate jdbc, PortalUser officer, UUID dossier,
			UUID requirement, String reason) throws Exception {
		mvc.perform(post("/desk/dossiers/{id}/amendment", dossier).param("version", version(jdbc, dossier))
			.param("reason", reason)
			.param("requirement", requirement.toString())
			.with(user(officer))
			.with(csrf())).andExpect(flash().attribute("successKey", "desk.amendmentRequested"));
	}

}

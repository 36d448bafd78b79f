package vn.dvc.portal.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.shared.web.cache.PublicPages;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.ReportData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public list of results waiting to be collected names nobody: initials only. */
@PortalTest
class HomePrivacyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PublicPages pages;

	@Test
	void theHomePageShowsTheOwnersInitialsOnly() throws Exception {
		ReportData.Scope scope = ReportData.agencyWithProcedure(this.jdbc, "HOME", "UBND xã Riêng Tư", "Thủ tục riêng tư");
		Instant received = Instant.now().minus(Duration.ofDays(2));
		UUID owner = TestAccounts.activeCitizen(this.context, "Nguyễn Văn Thử Kín", null).accountId().value();
		UUID dossier = ReportData.receivedDossier(this.jdbc, scope, owner, received, LocalDate.now().plusDays(5),
				Instant.now().plus(Duration.ofDays(1)));
		this.jdbc.update("update dossier set owner_name = 'Nguyễn Văn Thử Kín', procedure_name = 'Thủ tục riêng tư "
				+ dossier + "' where id = ?", dossier);

		ReportData.recount(this.jdbc, scope.agency());

		// The dossier was written behind the portal's back: the home page kept for anonymous visitors
		// may be up to 30 s old, so it is dropped first.
		this.pages.invalidateAll();
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thủ tục riêng tư " + dossier)))
			.andExpect(content().string(containsString("N.V.T.K.")))
			.andExpect(content().string(not(containsString("Nguyễn Văn Thử"))))
			.andExpect(content().string(not(containsString("Thử K***"))));
	}

}

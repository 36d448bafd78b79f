package vn.dvc.portal.dossier.web.desk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.CounterLookupProperties;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Typing an ID number at the counter shows the officer only what confirms the person's identity
 * (name, year of birth), never their phone, e-mail or address; every look-up is recorded, masked,
 * and an officer gets a limited number an hour.
 */
@PortalTest
class CounterLookupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	CounterLookupProperties lookups;

	/** An officer of Sở Ngoại vụ of its own, so that the hourly count starts at zero. */
	private PortalUser newOfficer() {
		UUID agency = TestAccounts.staff(this.context, "canbo.songoaivu").agencyId().orElseThrow();
		String login = "canbo.tracuu." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createStaff(login, "Cán bộ tra cứu", Role.OFFICER, agency, null, "mot cau mat khau dai 2024");
		return TestAccounts.staff(this.context, login);
	}

	private ResultActions lookUp(PortalUser officer, ProcedureDetails procedure, String idNumber) throws Exception {
		return this.mvc.perform(post("/desk/intake/start").param("procedure", procedure.id().toString())
			.param("idNumber", idNumber)
			.with(user(officer))
			.with(csrf()));
	}

	@Test
	void theOfficerSeesTheNameAndYearOfBirthButNoContactDetails() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Ngô Thị Riêng Tư", "rieng-tu-" + UUID.randomUUID()
				+ "@example.com");
		String email = this.jdbc.queryForObject("select email from account where id = ?", String.class,
				citizen.accountId().value());
		PortalUser officer = newOfficer();
		String id = citizen.getUsername();

		lookUp(officer, procedure, id.substring(0, 6) + " " + id.substring(6)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngô Thị Riêng Tư")))
			.andExpect(content().string(containsString("1990")))
			.andExpect(content().string(not(containsString(email))))
			.andExpect(content().string(not(containsString("0912345678"))))
			.andExpect(content().string(not(containsString("Trần Phú"))));

		List<Map<String, Object>> recorded = this.jdbc.queryForList(
				"select actor, subject, detail from audit_event where kind = 'CITIZEN_LOOKUP' and actor_id = ?",
				officer.accountId().value());
		assertThat(recorded).singleElement().satisfies(row -> {
			assertThat(row.get("subject")).isEqualTo(id.substring(0, 4) + "******" + id.substring(10));
			assertThat(row.get("actor")).isEqualTo("Cán bộ tra cứu");
			assertThat(row.get("detail")).isEqualTo("found");
		});
	}

	@Test
	void anOfficerGetsALimitedNumberOfLookUpsAnHour() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser officer = newOfficer();
		for (int i = 0; i < this.lookups.perHour(); i++) {
			lookUp(officer, procedure, TestAccounts.newCccd()).andExpect(status().isOk());
		}
		lookUp(officer, procedure, TestAccounts.newCccd()).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("tra cứu quá nhiều số giấy tờ")));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'CITIZEN_LOOKUP_REFUSED' and actor_id = ?", Integer.class,
				officer.accountId().value()))
			.isOne();
		// Registering a dossier without a number still works.
		lookUp(officer, procedure, "").andExpect(status().isOk());
	}

}

package vn.dvc.portal.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log: logins, failures, denials and every dossier transition with its actor, in a
 * table that nobody can change, with ID numbers masked.
 */
@PortalTest
class AuditLogTest {

	private static final String PASSWORD = "mot cau mat khau dai";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	private List<Map<String, Object>> events(String where, Object... arguments) {
		return this.jdbc.queryForList("select * from audit_event where " + where + " order by id", arguments);
	}

	@Test
	void everyDossierTransitionIsRecordedWithItsActor() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Đỗ Thị Nhật Ký", null);
		PortalUser officer = TestAccounts.staff(this.context, "canbo.songoaivu");
		DossierForms.Filed filed = DossierForms.submit(this.mvc, citizen, procedure, "don.pdf", TestFiles.pdf());
		DeskActions.receive(this.mvc, this.jdbc, officer, filed.id());

		List<Map<String, Object>> transitions = events("kind = 'DOSSIER_TRANSITION' and subject = ?",
				filed.id().toString());
		assertThat(transitions).extracting(row -> row.get("detail"))
			.containsExactly("- -> DRAFT", "DRAFT -> SUBMITTED", "SUBMITTED -> RECEIVED");
		assertThat(transitions).extracting(row -> row.get("actor_id"))
			.containsExactly(citizen.accountId().value(), citizen.accountId().value(), officer.accountId().value());
		assertThat(transitions.get(2).get("actor")).isEqualTo(officer.displayName());
	}

	@Test
	void theLogCannotBeChangedNorEmptiedEvenByTheApplicationsOwnDatabaseRole() {
		this.jdbc.update("insert into audit_event (kind, detail) values ('ACCESS_DENIED', 'test row')");
		Long id = this.jdbc.queryForObject("select max(id) from audit_event where detail = 'test row'", Long.class);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_event set detail = 'rewritten' where id = ?", id))
			.satisfies(AuditLogTest::refusedAsAppendOnly);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_event where id = ?", id))
			.satisfies(AuditLogTest::refusedAsAppendOnly);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("truncate audit_event"))
			.satisfies(AuditLogTest::refusedAsAppendOnly);
		assertThat(this.jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
			.isEqualTo("test row");
	}

	private static void refusedAsAppendOnly(DataAccessException refusal) {
		assertThat(refusal.getMostSpecificCause().getMessage()).contains("audit_event is append-only");
	}

	@Test
	void loginsAndFailuresAreRecordedWithTheIdNumberMasked() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Vũ Văn Đăng Nhập", null);
		String id = citizen.getUsername();
		String masked = id.substring(0, 4) + "******" + id.substring(10);
		this.mvc.perform(post("/login").param("login", id).param("password", "sai roi sai roi").with(csrf()))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(post("/login").param("login", id.substring(0, 6) + " " + id.substring(6)).param("password", PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/my/dossiers"));

		List<Map<String, Object>> logins = events("subject = ? and kind like 'LOGIN%'", masked);
		assertThat(logins).extracting(row -> row.get("kind")).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
		assertThat(logins.get(1).get("actor_id")).isEqualTo(citizen.accountId().value());
		assertThat(logins.get(0).get("subject_key")).isEqualTo(logins.get(1).get("subject_key")).isNotNull();
		assertThat(logins.get(0).get("client_address")).isEqualTo("127.0.0.1");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where coalesce(actor, '') || coalesce(subject, '') || coalesce(subject_key, '') || coalesce(detail, '') like ?
				""", Integer.class, "%" + id + "%")).isZero();
	}

	@Test
	void aRefusedPageIsRecordedForWhoeverIsSignedIn() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hồ Thị Tò Mò", null);
		this.mvc.perform(get("/desk").with(user(citizen))).andExpect(status().isForbidden());

		assertThat(events("kind = 'ACCESS_DENIED' and actor_id = ?", citizen.accountId().value()))
			.singleElement()
			.satisfies(row -> assertThat(row.get("subject")).isEqualTo("/desk"));
	}

	@Test
	void administratorsReadTheLogAndOfficersDoNot() throws Exception {
		PortalUser admin = TestAccounts.staff(this.context, "admin");
		PortalUser officer = TestAccounts.staff(this.context, "canbo.sonoivu");
		this.jdbc.update("insert into audit_event (kind, actor, subject) values ('CITIZEN_LOOKUP', ?, '0420******45')",
				"Người xem " + UUID.randomUUID());

		this.mvc.perform(get("/admin/audit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("0420******45")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tra cứu công dân tại quầy")));
		this.mvc.perform(get("/admin/audit").with(user(officer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").param("page", "2147483647").with(user(admin)))
			.andExpect(status().isBadRequest());
	}

}

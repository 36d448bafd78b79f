package vn.dvc.portal.dossier.web.desk;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.dossier.Deadline;
import vn.dvc.portal.dossier.DeskCounts;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DeskQuery;
import vn.dvc.portal.dossier.DeskRow;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.DossierForms.Filed;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk says plainly what is late: a submitted dossier not received within its 8 working hours
 * is overdue, one whose limit is less than two hours away is due soon; both are counted at the top
 * of the queue and marked in its rows.
 */
@PortalTest
class DeskDeadlinesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	DeskDossiers desk;

	@Autowired
	JdbcTemplate jdbc;

	private ProcedureDetails procedure;

	private PortalUser citizen;

	private PortalUser officer;

	@BeforeEach
	void people() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.citizen = TestAccounts.activeCitizen(this.context, "Vũ Thị Hạn", "han-" + UUID.randomUUID() + "@example.com");
		this.officer = TestAccounts.staff(this.context, "canbo.songoaivu");
	}

	private Filed submittedWithReceiptDue(Instant receiptDueAt) throws Exception {
		Filed filed = DossierForms.submit(this.mvc, this.citizen, this.procedure, "Đơn.pdf", TestFiles.pdf());
		this.jdbc.update("update dossier set receipt_due_at = ? where id = ?", Timestamp.from(receiptDueAt), filed.id());
		return filed;
	}

	private DeskRow row(Filed filed) {
		return this.desk.queue(this.officer, new DeskQuery(DeskQuery.Tab.WAITING, filed.code(), null, null, null, null), 0)
			.getContent()
			.get(0);
	}

	@Test
	void overdueAndDueSoonDossiersAreCountedAndMarked() throws Exception {
		DeskCounts before = this.desk.counts(this.officer);
		Instant now = Instant.now();

		Filed late = submittedWithReceiptDue(now.minus(Duration.ofHours(3)));
		Filed soon = submittedWithReceiptDue(now.plus(Duration.ofMinutes(50)));
		Filed onTime = submittedWithReceiptDue(now.plus(Duration.ofDays(3)));

		DeskCounts after = this.desk.counts(this.officer);
		assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
		assertThat(after.dueSoon()).isEqualTo(before.dueSoon() + 1);
		assertThat(after.perTab().get(DeskQuery.Tab.WAITING)).isEqualTo(before.perTab().get(DeskQuery.Tab.WAITING) + 3);

		assertThat(row(late).deadline()).isEqualTo(Deadline.OVERDUE);
		assertThat(row(soon).deadline()).isEqualTo(Deadline.DUE_SOON);
		assertThat(row(onTime).deadline()).isEqualTo(Deadline.ON_TIME);

		// A whole code would open the dossier; the owner's name lists the three in the queue.
		String page = this.mvc.perform(post("/desk").param("text", "Vũ Thị Hạn").with(user(this.officer)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(late.code()).contains("id=\"count-overdue\">" + after.overdue() + "<");
		assertThat(page).contains("id=\"count-due-soon\">" + after.dueSoon() + "<");
	}

}

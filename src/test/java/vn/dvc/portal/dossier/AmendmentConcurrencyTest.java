package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.AccountDirectory;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A dossier gets one amendment request, ever, even when several officers send one at the same
 * moment; the unique constraint {@code amendment_request_dossier_uk} stands behind the aggregate.
 */
@PortalTest
class AmendmentConcurrencyTest {

	private static final int THREADS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	DeskDossiers desk;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	private ProcedureDetails procedure;

	private PortalUser officer;

	@BeforeEach
	void procedure() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.officer = TestAccounts.staff(this.context, "canbo.songoaivu");
	}

	/** A dossier a citizen submitted and the desk received. */
	private DossierId receivedDossier() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hoàng Văn Cường",
				"cuong-" + UUID.randomUUID() + "@example.com");
		DossierForms.Filed filed = DossierForms.submit(this.mvc, citizen, this.procedure, "de-nghi.pdf", TestFiles.pdf());
		DossierId id = new DossierId(filed.id());
		this.desk.receive(this.officer, id, version(id));
		assertThat(status(id)).isEqualTo("RECEIVED");
		return id;
	}

	private long version(DossierId id) {
		return this.jdbc.queryForObject("select version from dossier where id = ?", Long.class, id.value());
	}

	private String status(DossierId id) {
		return this.jdbc.queryForObject("select status from dossier where id = ?", String.class, id.value());
	}

	private int amendmentRequests(DossierId id) {
		return this.jdbc.queryForObject("select count(*) from amendment_request where dossier_id = ?", Integer.class,
				id.value());
	}

	/** More officers of the same agency, so that the requests really come from different people. */
	private List<PortalUser> officersOfTheAgency(int count) {
		List<PortalUser> officers = new ArrayList<>(List.of(this.officer));
		UUID agency = this.officer.agencyId().orElseThrow();
		for (int i = 1; i < count; i++) {
			String login = "canbo.test." + UUID.randomUUID().toString().substring(0, 8);
			this.accounts.createStaff(login, "Cán bộ thử " + i, Role.OFFICER, agency, null, "mot cau mat khau dai 2024");
			officers.add(TestAccounts.staff(this.context, login));
		}
		return officers;
	}

	@Test
	void ofTwelveSimultaneousRequestsExactlyOneIsKept() throws Exception {
		DossierId id = receivedDossier();
		long version = version(id);
		RequirementDetails named = DossierForms.mandatory(this.procedure).get(1);
		List<PortalUser> officers = officersOfTheAgency(3);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Throwable> failures = new ArrayList<>();
		int succeeded = 0;
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				PortalUser who = officers.get(i % officers.size());
				String reason = "Yêu cầu bổ sung số " + i;
				futures.add(pool.submit(() -> {
					start.await();
					this.desk.requestAmendment(who, id, version, reason, List.of(named.id()), List.of());
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				try {
					future.get(60, TimeUnit.SECONDS);
					succeeded++;
				}
				catch (ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(succeeded).isOne();
		assertThat(failures).hasSize(THREADS - 1)
			.allSatisfy(failure -> assertThat(failure).isInstanceOfAny(OptimisticLockingFailureException.class,
					AmendmentAlreadyRequestedException.class, DataIntegrityViolationException.class));
		assertThat(amendmentRequests(id)).isOne();
		assertThat(status(id)).isEqualTo("AMENDMENT_REQUESTED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dossier_transition where dossier_id = ? and to_status = 'AMENDMENT_REQUESTED'",
				Integer.class, id.value())).isOne();
		// The request kept is whole: its item is there, and it is the one the dossier's history names.
		String reason = this.jdbc.queryForObject("select reason from amendment_request where dossier_id = ?",
				String.class, id.value());
		assertThat(this.jdbc.queryForObject(
				"select note from dossier_transition where dossier_id = ? and to_status = 'AMENDMENT_REQUESTED'",
				String.class, id.value())).isEqualTo(reason);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from amendment_item i join amendment_request r on r.id = i.amendment_id"
						+ " where r.dossier_id = ? and i.requirement_id = ?",
				Integer.class, id.value(), named.id())).isOne();
	}

	@Test
	void aRequestMadeAfterTheFirstWithTheNewVersionIsStillRefused() throws Exception {
		DossierId id = receivedDossier();
		RequirementDetails named = DossierForms.mandatory(this.procedure).get(0);
		this.desk.requestAmendment(this.officer, id, version(id), "Thiếu chữ ký", List.of(named.id()), List.of());

		assertThatExceptionOfType(AmendmentAlreadyRequestedException.class).isThrownBy(() -> this.desk
			.requestAmendment(this.officer, id, version(id), "Lần hai", List.of(named.id()), List.of()));
		assertThat(amendmentRequests(id)).isOne();
	}

	@Test
	void theSchemaAllowsOneAmendmentRequestPerDossier() throws Exception {
		DossierId id = receivedDossier();
		String insert = "insert into amendment_request (id, dossier_id, requested_at, reason) values (?, ?, ?, ?)";
		java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
		this.jdbc.update(insert, UUID.randomUUID(), id.value(), now, "Lần một");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, UUID.randomUUID(), id.value(), now, "Lần hai"))
			.withMessageContaining("amendment_request_dossier_uk");
		assertThat(amendmentRequests(id)).isOne();
	}

}

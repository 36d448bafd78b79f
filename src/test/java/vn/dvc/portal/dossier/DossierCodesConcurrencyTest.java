package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Codes issued at the same moment for the same agency and day never share a number. */
@PortalTest
class DossierCodesConcurrencyTest {

	private static final int THREADS = 16;

	/** A day no other test issues codes for, so that its counter starts at 1. */
	private static final LocalDate DAY = LocalDate.of(2099, 12, 31);

	@Autowired
	DossierCodes codes;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	private UUID agencyId;

	private String agencyCode;

	@BeforeEach
	@AfterEach
	void freshCounter() {
		var agency = this.jdbc.queryForMap("select id, code from agency where code = '000.00.20.H27'");
		this.agencyId = (UUID) agency.get("id");
		this.agencyCode = (String) agency.get("code");
		this.jdbc.update("delete from dossier_code_sequence where agency_id = ? and day = ?", this.agencyId, DAY);
	}

	@Test
	void concurrentTransactionsGetDistinctConsecutiveNumbers() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<DossierCode>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
					return transaction.execute(status -> this.codes.next(this.agencyId, this.agencyCode, DAY));
				}));
			}
			start.countDown();
			List<DossierCode> issued = new ArrayList<>();
			for (Future<DossierCode> future : futures) {
				issued.add(future.get(60, TimeUnit.SECONDS));
			}

			assertThat(issued).extracting(DossierCode::value).doesNotHaveDuplicates()
				.allMatch(code -> code.startsWith("000.00.20.H27-991231-"));
			assertThat(issued).extracting(code -> Integer.parseInt(code.value().substring(code.value().lastIndexOf('-') + 1)))
				.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, THREADS).boxed().toList());
			assertThat(this.jdbc.queryForObject(
					"select last_value from dossier_code_sequence where agency_id = ? and day = ?", Integer.class,
					this.agencyId, DAY)).isEqualTo(THREADS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRolledBackTransactionGivesItsNumberBack() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult(status -> {
			this.codes.next(this.agencyId, this.agencyCode, DAY);
			status.setRollbackOnly();
		});
		DossierCode code = transaction.execute(status -> this.codes.next(this.agencyId, this.agencyCode, DAY));
		assertThat(code.value()).isEqualTo("000.00.20.H27-991231-0001");
	}

	@Test
	void codesAreOnlyIssuedInsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.codes.next(this.agencyId, this.agencyCode, DAY));
	}

}

package vn.dvc.portal.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same person's first sign-in twice at the same moment (two tabs, a double click), with real
 * threads on the embedded PostgreSQL: one account and one link, and both sign-ins land in it.
 */
@PortalTest
class ElectronicIdentitiesConcurrencyTest {

	private static final int SIGN_INS = 4;

	@Autowired
	ElectronicIdentities identities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void simultaneousFirstSignInsOfOnePersonMakeOneAccount() throws Exception {
		String number = TestAccounts.newCccd();
		IdentityClaims claims = new IdentityClaims("http://127.0.0.1:1/concurrency", "subject-" + number, "citizen",
				true, number, "Trịnh Văn Phúc", LocalDate.of(1990, 1, 2), "Xã Cẩm Bình, huyện Cẩm Xuyên",
				new PhoneNumber("0987000111"), null, null);
		CyclicBarrier start = new CyclicBarrier(SIGN_INS);
		ExecutorService threads = Executors.newFixedThreadPool(SIGN_INS);
		List<Future<ElectronicIdentities.SignIn>> signIns = new ArrayList<>();
		try {
			for (int i = 0; i < SIGN_INS; i++) {
				signIns.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return this.identities.signIn(claims, "203.0.113.7");
				}));
			}
			List<ElectronicIdentities.SignedIn> results = new ArrayList<>();
			for (Future<ElectronicIdentities.SignIn> signIn : signIns) {
				results.add((ElectronicIdentities.SignedIn) signIn.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).extracting(result -> result.user().accountId()).containsOnly(results.get(0).user().accountId());
			assertThat(results).filteredOn(ElectronicIdentities.SignedIn::created).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from account where login = ?", Integer.class, number))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from electronic_identity_link where subject = ?",
				Integer.class, claims.subject()))
			.isOne();
	}

}

package vn.dvc.portal.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several copies of the portal claim the outbox at once (here four threads, each as a node would):
 * every due e-mail is claimed by exactly one of them, and the backlog metric counts what is due.
 */
@PortalTest
class OutboxClaimTest {

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void fourNodesClaimingAtOnceNeverClaimOneMessageTwice() throws Exception {
		Set<UUID> inserted = new HashSet<>();
		Timestamp now = Timestamp.from(Instant.now().minusSeconds(1));
		for (int i = 0; i < 1000; i++) {
			UUID id = UUID.randomUUID();
			inserted.add(id);
			this.jdbc.update("insert into outbox_message (id, channel, recipient, subject, body, status, attempts, "
					+ "next_attempt_at, created_at) values (?, 'EMAIL', ?, 'Thử', 'Thư thử', 'PENDING', 0, ?, ?)", id,
					"claim-" + i + "@example.com", now, now);
		}
		assertThat(this.meters.get("dvc.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(1000);

		ExecutorService nodes = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		ConcurrentHashMap<UUID, Integer> claims = new ConcurrentHashMap<>();
		try {
			List<Future<?>> claiming = new ArrayList<>();
			for (int node = 0; node < 4; node++) {
				claiming.add(nodes.submit(() -> {
					go.await();
					List<UUID> batch;
					do {
						batch = this.sender.claim();
						batch.forEach(id -> claims.merge(id, 1, Integer::sum));
					}
					while (!batch.isEmpty());
					return null;
				}));
			}
			go.countDown();
			for (Future<?> node : claiming) {
				node.get();
			}
		}
		finally {
			nodes.shutdownNow();
		}

		assertThat(claims.keySet()).containsAll(inserted);
		assertThat(claims.values()).allMatch(times -> times == 1);
		assertThat(this.meters.get("dvc.outbox.backlog").gauge().value()).as("claimed e-mails are not due").isZero();
		this.jdbc.update("delete from outbox_message where recipient like 'claim-%@example.com'");
	}

}

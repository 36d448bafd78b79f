package vn.dvc.portal.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel requests of one session (a double click right after logging in, two tabs) that each add
 * the same attribute (as a redirect with a message did while messages were kept in the session):
 * every one of them is saved, none fails on the attributes' unique key.
 */
@PortalTest
class ParallelSessionRequestsTest {

	private static final int REQUESTS = 8;

	private static final String MESSAGE = "message";

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void requestsOfAFreshSessionAddingTheSameAttributeAllSave() throws Exception {
		raceOn(this.sessions);
	}

	private <S extends Session> void raceOn(SessionRepository<S> sessions) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
		try {
			for (int round = 0; round < 15; round++) {
				S session = sessions.createSession();
				session.setAttribute("greeting", "logged in");
				sessions.save(session);
				String id = session.getId();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> requests = new ArrayList<>();
				for (int request = 0; request < REQUESTS; request++) {
					String message = "message " + request;
					requests.add(threads.submit(() -> {
						S own = sessions.findById(id);
						start.await();
						own.setAttribute(MESSAGE, message);
						sessions.save(own);
						return null;
					}));
				}
				start.countDown();
				for (Future<?> request : requests) {
					request.get(30, TimeUnit.SECONDS);
				}
				Object kept = sessions.findById(id).getAttribute(MESSAGE);
				assertThat(kept).asString().startsWith("message ");
				sessions.deleteById(id);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}

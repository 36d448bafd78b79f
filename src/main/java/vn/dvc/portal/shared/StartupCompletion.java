package vn.dvc.portal.shared;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A stop asked for during the start (Ctrl-C or SIGTERM while the demo data or the holidays are
 * being written) waits for the start to finish before the database and its connections close:
 * otherwise the start's work fails under it, rolls back and fills the log with stack traces. The
 * wait is bounded; a start that fails, and closes the portal itself, does not wait for anything.
 */
@Component
class StartupCompletion {

	private static final Logger log = LoggerFactory.getLogger(StartupCompletion.class);

	private static final Duration WAITS_AT_MOST = Duration.ofSeconds(30);

	private final CountDownLatch finished = new CountDownLatch(1);

	/** The thread that runs the start's last steps, from the refresh to the runners. */
	private volatile Thread starting;

	@EventListener(ContextRefreshedEvent.class)
	void refreshed() {
		this.starting = Thread.currentThread();
	}

	@EventListener({ ApplicationReadyEvent.class, ApplicationFailedEvent.class })
	void finished() {
		this.finished.countDown();
	}

	@EventListener(ContextClosedEvent.class)
	void closing() throws InterruptedException {
		Thread starting = this.starting;
		if (starting == null || starting == Thread.currentThread() || this.finished.getCount() == 0) {
			return;
		}
		log.info("Stopping: waiting for the start to finish first");
		if (!this.finished.await(WAITS_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)) {
			log.warn("Stopping without waiting any longer for the start to finish");
		}
	}

}

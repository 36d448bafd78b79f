package vn.dvc.portal.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop asked for on another thread while the start is still running waits for it to finish; the
 * start closing the portal itself after a failure, or a stop after the start, waits for nothing.
 */
class StartupCompletionTest {

	@Test
	void aStopDuringTheStartWaitsForTheStartToFinish() throws Exception {
		StartupCompletion completion = new StartupCompletion();
		completion.refreshed();
		CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> close(completion));
		Thread.sleep(300);
		assertThat(stop).as("the stop waits while the start runs").isNotDone();
		completion.finished();
		stop.get(5, TimeUnit.SECONDS);
	}

	@Test
	void theStartClosingThePortalItselfDoesNotWaitForItself() throws Exception {
		StartupCompletion completion = new StartupCompletion();
		// On the thread that started it, as SpringApplication does when a runner fails: waiting
		// there would hold the failed start for the whole wait (30 s) for nothing.
		CompletableFuture.runAsync(() -> {
			completion.refreshed();
			close(completion);
		}).get(5, TimeUnit.SECONDS);
	}

	@Test
	void aStopAfterTheStartDoesNotWait() throws Exception {
		StartupCompletion completion = new StartupCompletion();
		completion.refreshed();
		completion.finished();
		CompletableFuture.runAsync(() -> close(completion)).get(5, TimeUnit.SECONDS);
	}

	private static void close(StartupCompletion completion) {
		try {
			completion.closing();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}

package vn.dvc.portal.shared.db;

import java.time.Duration;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a read-only transaction again when the database was lost under it (a PostgreSQL restart):
 * reading twice changes nothing, so the person gets the page instead of an error. Only the
 * outermost read-only transaction is retried, with a fresh connection each time; writes are never
 * retried here (their failure page asks the person to try again, and nothing of them was kept).
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadRetry {

	private static final int ATTEMPTS = 3;

	private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

	private final ConnectionFailures failures;

	ReadRetry(ConnectionFailures failures) {
		this.failures = failures;
	}

	@Around("@annotation(org.springframework.transaction.annotation.Transactional) && within(vn.dvc.portal..*)")
	Object retryReads(ProceedingJoinPoint call) throws Throwable {
		Transactional transactional = AnnotationUtils
			.findAnnotation(((MethodSignature) call.getSignature()).getMethod(), Transactional.class);
		if (transactional == null || !transactional.readOnly()
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return call.proceed();
		}
		long pause = FIRST_PAUSE.toMillis();
		for (int attempt = 1;; attempt++) {
			try {
				return call.proceed();
			}
			catch (RuntimeException ex) {
				// A pool that timed out has waited long enough already: answer now.
				if (attempt >= ATTEMPTS || !ConnectionFailures.isConnectionFailure(ex)
						|| ConnectionFailures.isPoolTimeout(ex)) {
					throw ex;
				}
				this.failures.dropPooledConnections();
				Thread.sleep(pause);
				pause *= 2;
			}
		}
	}

}

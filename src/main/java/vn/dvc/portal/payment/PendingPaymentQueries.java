package vn.dvc.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the gateway about attempts still pending after {@code dvc.payment.query-after} (15 minutes):
 * their IPN may have been lost. One copy of the portal at a time runs it (ShedLock). The gateway is
 * called outside any transaction; each answer is applied in its own.
 */
@Component
class PendingPaymentQueries {

	private static final Logger log = LoggerFactory.getLogger(PendingPaymentQueries.class);

	private static final int BATCH = 100;

	/** VNPay's query asks for the requesting server's address. */
	private static final String SERVER_IP = "127.0.0.1";

	private final PaymentAttempts attempts;

	private final PaymentOrders orders;

	private final Payments payments;

	private final ObjectProvider<PaymentGateway> gateway;

	private final PaymentProperties properties;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	PendingPaymentQueries(PaymentAttempts attempts, PaymentOrders orders, Payments payments,
			ObjectProvider<PaymentGateway> gateway, PaymentProperties properties, PlatformTransactionManager transactions,
			Clock clock) {
		this.attempts = attempts;
		this.orders = orders;
		this.payments = payments;
		this.gateway = gateway;
		this.properties = properties;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dvc.payment.query-interval:5m}", initialDelayString = "${dvc.payment.query-interval:5m}")
	@SchedulerLock(name = "payment-query", lockAtMostFor = "PT10M")
	void run() {
		settlePending(this.clock.instant());
	}

	/** @return how many attempts were settled (paid, cancelled, failed or expired) */
	int settlePending(Instant now) {
		PaymentGateway gateway = this.gateway.getIfAvailable();
		int settled = 0;
		if (gateway != null) {
			record Pending(String txnRef, String orderInfo, Instant createdAt) {
			}
			List<Pending> pending = this.readOnly.execute(status -> this.attempts
				.findPendingStartedBefore(now.minus(this.properties.queryAfter()), Limit.of(BATCH))
				.stream()
				.map(attempt -> new Pending(attempt.txnRef(),
						Payments.orderInfo(this.orders.findById(attempt.orderId()).orElseThrow()), attempt.createdAt()))
				.toList());
			for (Pending attempt : pending) {
				PaymentGateway.Status answer = gateway.query(attempt.txnRef(), attempt.orderInfo(), attempt.createdAt(),
						SERVER_IP);
				if (this.payments.settleQueried(attempt.txnRef(), answer, now)) {
					settled++;
				}
			}
		}
		int expired = this.payments.expireOrders(now);
		if (settled > 0 || expired > 0) {
			log.info("Payment queries: {} attempts settled, {} orders expired", settled, expired);
		}
		return settled;
	}

}

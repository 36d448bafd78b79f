package vn.dvc.portal.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * A payment gateway as the portal uses it. The browser is sent to {@link #initiate}'s address; the
 * gateway's signed server-to-server callback, checked by {@link #verifyCallback}, is what settles an
 * attempt; {@link #query} asks about an attempt whose callback never came. The VNPay adapter is the
 * one in use; the national payment platform's adapter would be another implementation.
 */
public interface PaymentGateway {

	/** What the gateway is asked to collect. Amounts are whole đồng. */
	record Charge(String txnRef, long amountVnd, String orderInfo, URI returnUrl, String clientIp, Instant createdAt,
			Instant expiresAt) {
	}

	/** How an attempt ended, as the gateway tells it. */
	enum Outcome {

		PAID, CANCELLED, FAILED, PENDING, NOT_FOUND

	}

	/**
	 * A callback (IPN or browser return) as the gateway sent it.
	 * @param signatureValid whether the gateway's signature (and terminal) matched; nothing else can
	 * be trusted when it did not
	 * @param amountVnd the amount the gateway says it collected, null when unreadable
	 */
	record Callback(boolean signatureValid, String txnRef, Long amountVnd, Outcome outcome, String gatewayTxnNo,
			String responseCode) {
	}

	/** What the gateway answered about an attempt. */
	record Status(Outcome outcome, Long amountVnd, String gatewayTxnNo, String responseCode) {
	}

	/** A refund's answer. */
	record Refund(boolean accepted, String responseCode) {
	}

	/** The address to send the payer's browser to. */
	URI initiate(Charge charge);

	Callback verifyCallback(Map<String, String> parameters);

	/** Asks the gateway about an attempt; a gateway that cannot be reached answers PENDING. */
	Status query(String txnRef, String orderInfo, Instant createdAt, String clientIp);

	Refund refund(String txnRef, long amountVnd, String gatewayTxnNo, Instant createdAt, String requestedBy,
			String clientIp);

}

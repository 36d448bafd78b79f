package vn.dvc.portal.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/**
 * One try at paying an order at the gateway, under its own transaction reference (at most 20
 * characters, as gateways allow). Its amount is the order's when it started.
 */
@Entity
@Table(name = "payment_attempt")
class PaymentAttempt extends AssignedIdEntity {

	enum Status {

		PENDING, PAID, FAILED, EXPIRED, CANCELLED

	}

	static final int MAX_TXN_REF = 20;

	@Id
	private UUID id;

	private UUID orderId;

	private String txnRef;

	private long amountVnd;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant settledAt;

	private String gatewayTxnNo;

	private String responseCode;

	private Instant lastQueriedAt;

	protected PaymentAttempt() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	PaymentAttempt(UUID orderId, String txnRef, long amountVnd, Instant now, Instant expiresAt) {
		if (txnRef == null || txnRef.isEmpty() || txnRef.length() > MAX_TXN_REF) {
			throw new IllegalArgumentException("A transaction reference has 1 to 20 characters");
		}
		this.id = Ids.next();
		this.orderId = orderId;
		this.txnRef = txnRef;
		this.amountVnd = amountVnd;
		this.status = Status.PENDING;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isPending() {
		return this.status == Status.PENDING;
	}

	/** Records the gateway's verdict; only a pending attempt takes one. */
	void settle(Status outcome, String gatewayTxnNo, String responseCode, Instant now) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("The attempt is already " + this.status);
		}
		this.status = outcome;
		this.gatewayTxnNo = gatewayTxnNo;
		this.responseCode = responseCode;
		this.settledAt = now;
	}

	void queried(Instant now) {
		this.lastQueriedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID orderId() {
		return this.orderId;
	}

	String txnRef() {
		return this.txnRef;
	}

	long amountVnd() {
		return this.amountVnd;
	}

	Status status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	String gatewayTxnNo() {
		return this.gatewayTxnNo;
	}

}

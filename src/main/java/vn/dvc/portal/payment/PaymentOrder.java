package vn.dvc.portal.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dvc.portal.shared.Ids;

/**
 * What a dossier owes for one purpose (the fee, a charge, the postage of a BCCI return, or an amount
 * the officer asked for), and whether it was paid. The amount is set here, from the catalogue or the
 * officer, and never taken from a browser or a callback. {@code PAID} is final.
 */
@Entity
@Table(name = "payment_order")
class PaymentOrder {

	enum Status {

		PENDING, PAID, FAILED, EXPIRED, CANCELLED

	}

	enum Purpose {

		/** The procedure's fee (lệ phí), known at filing. */
		FEE,
		/** A charge (phí) of the procedure. */
		CHARGE,
		/** The postage of a result returned by the public postal service, shown apart. */
		POSTAGE,
		/** An amount the officer asked for while processing (national status 6). */
		REQUESTED

	}

	enum Channel {

		ONLINE, COUNTER

	}

	@Id
	private UUID id;

	private UUID dossierId;

	private String dossierCode;

	private UUID agencyId;

	private String procedureName;

	private UUID payerAccountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String description;

	private long amountVnd;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant settledAt;

	@Enumerated(EnumType.STRING)
	private Channel paidChannel;

	private String receiptNumber;

	private UUID receiptDocumentId;

	@Version
	@Column(nullable = false)
	private Long version;

	protected PaymentOrder() {
	}

	PaymentOrder(UUID dossierId, String dossierCode, UUID agencyId, String procedureName, UUID payerAccountId,
			Purpose purpose, String description, long amountVnd, Instant now, Instant expiresAt) {
		if (amountVnd <= 0) {
			throw new IllegalArgumentException("An order is for a positive amount");
		}
		this.id = Ids.next();
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.agencyId = agencyId;
		this.procedureName = procedureName;
		this.payerAccountId = payerAccountId;
		this.purpose = purpose;
		this.description = description;
		this.amountVnd = amountVnd;
		this.status = Status.PENDING;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/** Checks that a new attempt may start now. */
	void checkPayable(Instant now) {
		if (this.status != Status.PENDING) {
			throw new OrderNotPayableException(this.status.name());
		}
		if (!now.isBefore(this.expiresAt)) {
			throw new OrderNotPayableException(Status.EXPIRED.name());
		}
	}

	/**
	 * Marks the order paid, once: a second confirmation of a paid order changes nothing.
	 * @return whether this call paid it
	 */
	boolean pay(Channel channel, String receiptNumber, Instant now) {
		if (this.status == Status.PAID) {
			return false;
		}
		if (this.status != Status.PENDING) {
			throw new OrderNotPayableException(this.status.name());
		}
		this.status = Status.PAID;
		this.paidChannel = channel;
		this.receiptNumber = receiptNumber;
		this.settledAt = now;
		return true;
	}

	void fileReceipt(UUID documentId) {
		this.receiptDocumentId = documentId;
	}

	/** The payer gave up at the gateway; a new order can be made for the same purpose. */
	void cancel(Instant now) {
		endUnpaid(Status.CANCELLED, now);
	}

	void fail(Instant now) {
		endUnpaid(Status.FAILED, now);
	}

	void expire(Instant now) {
		endUnpaid(Status.EXPIRED, now);
	}

	private void endUnpaid(Status to, Instant now) {
		if (this.status != Status.PENDING) {
			throw new OrderNotPayableException(this.status.name());
		}
		this.status = to;
		this.settledAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID dossierId() {
		return this.dossierId;
	}

	String dossierCode() {
		return this.dossierCode;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	String procedureName() {
		return this.procedureName;
	}

	UUID payerAccountId() {
		return this.payerAccountId;
	}

	Purpose purpose() {
		return this.purpose;
	}

	String description() {
		return this.description;
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

	Instant settledAt() {
		return this.settledAt;
	}

	Channel paidChannel() {
		return this.paidChannel;
	}

	String receiptNumber() {
		return this.receiptNumber;
	}

	UUID receiptDocumentId() {
		return this.receiptDocumentId;
	}

	long version() {
		return (this.version != null) ? this.version : 0L;
	}

}

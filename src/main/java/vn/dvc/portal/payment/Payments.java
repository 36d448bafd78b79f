package vn.dvc.portal.payment;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.AccountId;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierPayments;
import vn.dvc.portal.dossier.events.DossierSubmitted;
import vn.dvc.portal.dossier.events.PaymentRequested;
import vn.dvc.portal.payment.vnpay.VnpayProtocol.IpnAnswer;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.PortalTime;

/**
 * Online payment of what a dossier owes. Orders are made from the catalogue's fee when a dossier is
 * submitted and from the officer's request; the payer's browser goes to the gateway with a new
 * attempt; only the gateway's signed server-to-server confirmation ({@link #confirm}) or the query
 * job settles an attempt. The browser's return only reads what is recorded.
 */
@Service
public class Payments {

	private static final Logger log = LoggerFactory.getLogger(Payments.class);

	/** Transaction references: 20 characters, as VNPay and most gateways allow at most. */
	private static final char[] REF_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Where a payment stands for the citizen's return page. */
	public enum Result {

		PAID, WAITING, CANCELLED, FAILED, EXPIRED, INVALID

	}

	/** What the return page shows: never more than the state recorded and the dossier to go back to. */
	public record ReturnView(Result result, UUID dossierId) {
	}

	/** The address of the gateway's page for a new attempt. */
	public record Checkout(String txnRef, URI gatewayUrl, long amountVnd) {
	}

	private final PaymentOrders orders;

	private final PaymentAttempts attempts;

	private final DossierPayments dossiers;

	private final Catalog catalog;

	private final ElectronicReceipts receipts;

	private final ObjectProvider<PaymentGateway> gateway;

	private final PaymentProperties properties;

	private final Clock clock;

	private final MessageSource messages;

	Payments(PaymentOrders orders, PaymentAttempts attempts, DossierPayments dossiers, Catalog catalog,
			ElectronicReceipts receipts, ObjectProvider<PaymentGateway> gateway, PaymentProperties properties,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.orders = orders;
		this.attempts = attempts;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.receipts = receipts;
		this.gateway = gateway;
		this.properties = properties;
		this.clock = clock;
	}

	public boolean onlinePaymentAvailable() {
		return this.gateway.getIfAvailable() != null;
	}

	/** The fee known at filing becomes an order as the dossier is submitted, in the same transaction. */
	@EventListener
	void on(DossierSubmitted event) {
		Optional<ProcedureDetails> procedure = this.catalog.procedure(new ProcedureId(event.dossier().procedureId()));
		if (procedure.isEmpty() || !procedure.get().onlinePaymentOffered() || procedure.get().summary().feeVnd() <= 0) {
			return;
		}
		Instant now = this.clock.instant();
		this.orders.save(new PaymentOrder(event.dossier().id(), event.dossier().code(), event.dossier().agencyId(),
				event.dossier().procedureName(), event.dossier().applicantId(), PaymentOrder.Purpose.FEE,
				this.messages.getMessage("payment.description.FEE", new Object[] { event.dossier().code() }, VIETNAMESE), procedure.get().summary().feeVnd(), now,
				now.plus(this.properties.orderLifetime())));
	}

	/** The officer's request becomes an order for the amount asked, in the request's transaction. */
	@EventListener
	void on(PaymentRequested event) {
		Instant now = this.clock.instant();
		this.orders.save(new PaymentOrder(event.dossier().id(), event.dossier().code(), event.dossier().agencyId(),
				event.dossier().procedureName(), event.dossier().applicantId(), PaymentOrder.Purpose.REQUESTED,
				event.reason(), event.amountVnd(), now, now.plus(this.properties.orderLifetime())));
	}

	/**
	 * Starts an attempt at the gateway for an order of the citizen's dossier. An order that was
	 * cancelled or failed is made again, for the same amount, and that one is paid.
	 * @throws OrderNotPayableException when the order is paid or expired
	 */
	@Transactional
	public Checkout checkout(AccountId payer, DossierId dossierId, UUID orderId, String clientIp, URI returnUrl) {
		PaymentGateway gateway = this.gateway.getIfAvailable();
		DossierPayments.Payable dossier = this.dossiers.ofApplicant(payer, dossierId)
			.orElseThrow(() -> new NotFoundException("Dossier"));
		PaymentOrder order = this.orders.lockById(orderId)
			.filter(candidate -> candidate.dossierId().equals(dossierId.value()))
			.orElseThrow(() -> new NotFoundException("Payment order"));
		if (gateway == null) {
			throw new NotFoundException("Payment gateway");
		}
		Instant now = this.clock.instant();
		if (order.status() == PaymentOrder.Status.CANCELLED || order.status() == PaymentOrder.Status.FAILED) {
			order = this.orders.saveAndFlush(new PaymentOrder(order.dossierId(), order.dossierCode(), order.agencyId(),
					order.procedureName(), order.payerAccountId(), order.purpose(), order.description(),
					order.amountVnd(), now, now.plus(this.properties.orderLifetime())));
		}
		if (order.status() == PaymentOrder.Status.PENDING && !now.isBefore(order.expiresAt())) {
			order.expire(now);
		}
		order.checkPayable(now);
		Instant expiresAt = now.plus(this.properties.attemptLifetime());
		PaymentAttempt attempt = this.attempts.save(new PaymentAttempt(order.id(), newTxnRef(), order.amountVnd(), now,
				expiresAt));
		URI url = gateway.initiate(new PaymentGateway.Charge(attempt.txnRef(), attempt.amountVnd(),
				orderInfo(order), returnUrl, clientIp, now, expiresAt));
		log.info("Payment attempt {} started for order {}", attempt.txnRef(), order.id());
		return new Checkout(attempt.txnRef(), url, attempt.amountVnd());
	}

	/**
	 * The gateway's server-to-server confirmation (IPN), the only callback that settles a payment.
	 * Checked in VNPay's order: signature, then the order, then the amount, then whether it is still
	 * waiting. The order row is locked, so two confirmations at once settle it once.
	 */
	@Transactional
	public IpnAnswer confirm(java.util.Map<String, String> parameters) {
		PaymentGateway gateway = this.gateway.getIfAvailable();
		if (gateway == null) {
			return IpnAnswer.OTHER;
		}
		PaymentGateway.Callback callback = gateway.verifyCallback(parameters);
		if (!callback.signatureValid()) {
			log.warn("Payment confirmation with an invalid signature refused");
			return IpnAnswer.INVALID_SIGNATURE;
		}
		// Only the order's id before its lock: the attempt is read after it, as the lock holder left it.
		Optional<UUID> orderId = (callback.txnRef() == null) ? Optional.empty()
				: this.attempts.orderIdOf(callback.txnRef());
		if (orderId.isEmpty()) {
			log.warn("Payment confirmation for an unknown transaction refused");
			return IpnAnswer.ORDER_NOT_FOUND;
		}
		PaymentOrder order = this.orders.lockById(orderId.get()).orElseThrow();
		PaymentAttempt attempt = this.attempts.findByTxnRef(callback.txnRef()).orElseThrow();
		if (callback.amountVnd() == null || callback.amountVnd() != attempt.amountVnd()
				|| attempt.amountVnd() != order.amountVnd()) {
			log.warn("Payment confirmation of {} with another amount refused", attempt.txnRef());
			return IpnAnswer.INVALID_AMOUNT;
		}
		if (!attempt.isPending() || order.status() != PaymentOrder.Status.PENDING) {
			if (attempt.isPending() && callback.outcome() == PaymentGateway.Outcome.PAID) {
				log.warn("Attempt {} paid at the gateway after its order was {}: to be refunded", attempt.txnRef(),
						order.status());
			}
			return IpnAnswer.ALREADY_CONFIRMED;
		}
		settle(order, attempt, callback.outcome(), callback.gatewayTxnNo(), callback.responseCode());
		return IpnAnswer.CONFIRMED;
	}

	/** What the browser's return shows. Its parameters are checked but change nothing. */
	@Transactional(readOnly = true)
	public ReturnView returned(java.util.Map<String, String> parameters) {
		PaymentGateway gateway = this.gateway.getIfAvailable();
		if (gateway == null) {
			return new ReturnView(Result.INVALID, null);
		}
		PaymentGateway.Callback callback = gateway.verifyCallback(parameters);
		if (!callback.signatureValid() || callback.txnRef() == null) {
			return new ReturnView(Result.INVALID, null);
		}
		return this.attempts.findByTxnRef(callback.txnRef()).flatMap(attempt -> this.orders.findById(attempt.orderId())
			.map(order -> new ReturnView(result(order, attempt), order.dossierId())))
			.orElse(new ReturnView(Result.INVALID, null));
	}

	/** Settles what the gateway said of an attempt still waiting (IPN or query job). */
	void settle(PaymentOrder order, PaymentAttempt attempt, PaymentGateway.Outcome outcome, String gatewayTxnNo,
			String responseCode) {
		Instant now = this.clock.instant();
		switch (outcome) {
			case PAID -> {
				attempt.settle(PaymentAttempt.Status.PAID, gatewayTxnNo, responseCode, now);
				markPaid(order, PaymentOrder.Channel.ONLINE, now);
			}
			case CANCELLED -> {
				attempt.settle(PaymentAttempt.Status.CANCELLED, gatewayTxnNo, responseCode, now);
				order.cancel(now);
			}
			case FAILED -> {
				attempt.settle(PaymentAttempt.Status.FAILED, gatewayTxnNo, responseCode, now);
				order.fail(now);
			}
			case PENDING, NOT_FOUND -> throw new IllegalArgumentException("Nothing to settle: " + outcome);
		}
		this.attempts.save(attempt);
		this.orders.save(order);
	}

	/**
	 * The officer records a payment made at the counter for the dossier's open order of that purpose;
	 * the receipt is issued as for an online payment.
	 */
	@Transactional
	public void recordCounterPayment(PortalUser officer, DossierId dossierId, UUID orderId) {
		this.dossiers.atDesk(officer, dossierId).orElseThrow(() -> new NotFoundException("Dossier"));
		PaymentOrder order = this.orders.lockById(orderId)
			.filter(candidate -> candidate.dossierId().equals(dossierId.value()))
			.orElseThrow(() -> new NotFoundException("Payment order"));
		Instant now = this.clock.instant();
		if (order.status() == PaymentOrder.Status.CANCELLED || order.status() == PaymentOrder.Status.FAILED
				|| order.status() == PaymentOrder.Status.EXPIRED) {
			order = this.orders.saveAndFlush(new PaymentOrder(order.dossierId(), order.dossierCode(), order.agencyId(),
					order.procedureName(), order.payerAccountId(), order.purpose(), order.description(),
					order.amountVnd(), now, now.plus(this.properties.orderLifetime())));
		}
		if (order.status() != PaymentOrder.Status.PENDING) {
			throw new OrderNotPayableException(order.status().name());
		}
		markPaid(order, PaymentOrder.Channel.COUNTER, now);
		this.orders.save(order);
	}

	private void markPaid(PaymentOrder order, PaymentOrder.Channel channel, Instant now) {
		String receiptNumber = "BL" + PortalTime.dayOf(now).getYear() + "-"
				+ String.format("%07d", this.orders.nextReceiptNumber());
		order.pay(channel, receiptNumber, now);
		DossierPayments.Payable dossier = this.dossiers.byId(new DossierId(order.dossierId())).orElseThrow();
		this.receipts.issue(order, dossier, now).ifPresent(document -> order.fileReceipt(document.id()));
		if (order.purpose() == PaymentOrder.Purpose.REQUESTED) {
			this.dossiers.paymentSettled(dossier.id(),
					new Actor(dossier.applicantId(), (dossier.payerName() != null) ? dossier.payerName() : ""),
					order.amountVnd(), channel == PaymentOrder.Channel.COUNTER);
		}
		log.info("Payment order {} paid ({}), receipt {}", order.id(), channel, receiptNumber);
	}

	/**
	 * Applies what the gateway answered about a pending attempt whose confirmation did not come: paid,
	 * cancelled or failed as the IPN would have; still unknown after the gateway's page expired, the
	 * attempt expires and the order can be paid again.
	 * @return whether the attempt was settled
	 */
	@Transactional
	boolean settleQueried(String txnRef, PaymentGateway.Status status, Instant now) {
		Optional<UUID> orderId = this.attempts.orderIdOf(txnRef);
		if (orderId.isEmpty()) {
			return false;
		}
		PaymentOrder order = this.orders.lockById(orderId.get()).orElseThrow();
		PaymentAttempt attempt = this.attempts.findByTxnRef(txnRef).orElseThrow();
		attempt.queried(now);
		if (!attempt.isPending()) {
			return false;
		}
		switch (status.outcome()) {
			case PAID, CANCELLED, FAILED -> {
				if (order.status() != PaymentOrder.Status.PENDING) {
					log.warn("Attempt {} settled at the gateway after its order was {}", txnRef, order.status());
					return false;
				}
				if (status.outcome() == PaymentGateway.Outcome.PAID
						&& (status.amountVnd() == null || status.amountVnd() != attempt.amountVnd())) {
					log.warn("Gateway reports another amount for attempt {}: left pending", txnRef);
					return false;
				}
				settle(order, attempt, status.outcome(), status.gatewayTxnNo(), status.responseCode());
				return true;
			}
			case PENDING, NOT_FOUND -> {
				if (now.isAfter(attempt.expiresAt())) {
					attempt.settle(PaymentAttempt.Status.EXPIRED, null, status.responseCode(), now);
					return true;
				}
				return false;
			}
		}
		return false;
	}

	/** Orders past their lifetime with no attempt under way expire. */
	@Transactional
	int expireOrders(Instant now) {
		int expired = 0;
		for (PaymentOrder candidate : this.orders.findExpired(now)) {
			PaymentOrder order = this.orders.lockById(candidate.id()).orElseThrow();
			if (order.status() == PaymentOrder.Status.PENDING
					&& !this.attempts.existsByOrderIdAndStatus(order.id(), PaymentAttempt.Status.PENDING)) {
				order.expire(now);
				expired++;
			}
		}
		return expired;
	}

	/** An order as the dossier's pages show it. */
	public record OrderView(UUID id, String purpose, String description, long amountVnd, String status,
			Instant createdAt, Instant settledAt, String paidChannel, String receiptNumber, UUID receiptDocumentId) {

		public boolean isPaid() {
			return "PAID".equals(this.status);
		}

		public boolean isPending() {
			return "PENDING".equals(this.status);
		}

		/** Whether the payer can (again) pay it: waiting, or ended unpaid by a cancel or a failure. */
		public boolean isPayable() {
			return isPending() || "CANCELLED".equals(this.status) || "FAILED".equals(this.status);
		}

	}

	/**
	 * The dossier's orders, oldest first, for its pages. A cancelled or failed order that was made
	 * again is left out, so each purpose shows once.
	 */
	@Transactional(readOnly = true)
	public List<OrderView> ordersOf(DossierId dossierId) {
		List<PaymentOrder> all = this.orders.findByDossierIdOrderByCreatedAt(dossierId.value());
		return all.stream()
			.filter(order -> all.stream()
				.noneMatch(later -> later.purpose() == order.purpose() && later.createdAt().isAfter(order.createdAt())
						&& order.status() != PaymentOrder.Status.PAID))
			.map(order -> new OrderView(order.id(), order.purpose().name(), order.description(), order.amountVnd(),
					order.status().name(), order.createdAt(), order.settledAt(),
					(order.paidChannel() != null) ? order.paidChannel().name() : null, order.receiptNumber(),
					order.receiptDocumentId()))
			.toList();
	}

	/** For the desk's queue: per dossier, PAID when all its orders are paid, UNPAID when one waits. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> marks(java.util.Collection<UUID> dossierIds) {
		java.util.Map<UUID, String> marks = new java.util.HashMap<>();
		if (dossierIds.isEmpty()) {
			return marks;
		}
		for (PaymentOrder order : this.orders.findByDossierIdInAndStatusIn(dossierIds,
				java.util.EnumSet.of(PaymentOrder.Status.PAID, PaymentOrder.Status.PENDING))) {
			marks.merge(order.dossierId(), (order.status() == PaymentOrder.Status.PAID) ? "PAID" : "UNPAID",
					(a, b) -> a.equals("UNPAID") || b.equals("UNPAID") ? "UNPAID" : "PAID");
		}
		return marks;
	}

	/** The order's state decides, not the attempt's: a cancelled try of a paid order shows paid. */
	private static Result result(PaymentOrder order, PaymentAttempt attempt) {
		return switch (order.status()) {
			case PAID -> Result.PAID;
			case PENDING -> Result.WAITING;
			case CANCELLED -> Result.CANCELLED;
			case FAILED -> Result.FAILED;
			case EXPIRED -> Result.EXPIRED;
		};
	}

	/** The order information sent to the gateway, the same at checkout and when querying. */
	static String orderInfo(PaymentOrder order) {
		return "Thanh toan ho so " + order.dossierCode();
	}

	static String newTxnRef() {
		char[] ref = new char[PaymentAttempt.MAX_TXN_REF];
		for (int i = 0; i < ref.length; i++) {
			ref[i] = REF_ALPHABET[RANDOM.nextInt(REF_ALPHABET.length)];
		}
		return new String(ref);
	}

}

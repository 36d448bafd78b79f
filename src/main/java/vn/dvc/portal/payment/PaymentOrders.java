package vn.dvc.portal.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentOrders extends JpaRepository<PaymentOrder, UUID> {

	/** The order, locked until the transaction ends: two confirmations of it run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from PaymentOrder o where o.id = :id")
	Optional<PaymentOrder> lockById(UUID id);

	List<PaymentOrder> findByDossierIdOrderByCreatedAt(UUID dossierId);

	Optional<PaymentOrder> findByDossierIdAndPurposeAndStatus(UUID dossierId, PaymentOrder.Purpose purpose,
			PaymentOrder.Status status);

	List<PaymentOrder> findByDossierIdInAndStatusIn(Collection<UUID> dossierIds, Collection<PaymentOrder.Status> statuses);

	@Query("select o from PaymentOrder o where o.status = vn.dvc.portal.payment.PaymentOrder.Status.PENDING and o.expiresAt <= :now")
	List<PaymentOrder> findExpired(Instant now);

	@Query(value = "select o.agency_id, to_char(o.settled_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, "
			+ "o.paid_channel, count(*), sum(o.amount_vnd) from payment_order o where o.status = 'PAID' "
			+ "and o.settled_at >= :from and o.settled_at < :to group by 1, 2, 3 order by 2, 1, 3", nativeQuery = true)
	List<Object[]> collectedBetween(Instant from, Instant to);

	@Query(value = "select count(distinct o.dossier_id) from payment_order o where o.status = 'PAID' "
			+ "and o.settled_at >= :from and o.settled_at < :to", nativeQuery = true)
	long dossiersPaidBetween(Instant from, Instant to);

	@Query(value = "select count(distinct o.dossier_id) from payment_order o where o.status = 'PAID' "
			+ "and o.paid_channel = 'ONLINE' and o.settled_at >= :from and o.settled_at < :to", nativeQuery = true)
	long dossiersPaidOnlineBetween(Instant from, Instant to);

	@Query(value = "select count(distinct o.dossier_id) from payment_order o where o.status = 'PAID' "
			+ "and o.agency_id = :agencyId and o.settled_at >= :from and o.settled_at < :to", nativeQuery = true)
	long dossiersPaidBetweenIn(Instant from, Instant to, UUID agencyId);

	@Query(value = "select count(distinct o.dossier_id) from payment_order o where o.status = 'PAID' "
			+ "and o.paid_channel = 'ONLINE' and o.agency_id = :agencyId and o.settled_at >= :from and o.settled_at < :to",
			nativeQuery = true)
	long dossiersPaidOnlineBetweenIn(Instant from, Instant to, UUID agencyId);

	@Query(value = "select nextval('payment_receipt_seq')", nativeQuery = true)
	long nextReceiptNumber();

}

package vn.dvc.portal.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentAttempts extends JpaRepository<PaymentAttempt, UUID> {

	Optional<PaymentAttempt> findByTxnRef(String txnRef);

	@Query("select a.orderId from PaymentAttempt a where a.txnRef = :txnRef")
	Optional<UUID> orderIdOf(String txnRef);

	List<PaymentAttempt> findByOrderIdOrderByCreatedAt(UUID orderId);

	/** Attempts still pending that started before the limit, oldest first. */
	@Query("select a from PaymentAttempt a where a.status = vn.dvc.portal.payment.PaymentAttempt.Status.PENDING "
			+ "and a.createdAt < :startedBefore order by a.createdAt")
	List<PaymentAttempt> findPendingStartedBefore(Instant startedBefore, Limit limit);

	boolean existsByOrderIdAndStatus(UUID orderId, PaymentAttempt.Status status);

}

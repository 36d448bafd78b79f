package vn.dvc.portal.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessages extends JpaRepository<OutboxMessage, UUID> {

	List<OutboxMessage> findByStatusAndChannelAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
			OutboxMessage.Status status, OutboxMessage.Channel channel, Instant now, Pageable pageable);

	List<OutboxMessage> findByOrderByCreatedAtDesc(Pageable pageable);

}

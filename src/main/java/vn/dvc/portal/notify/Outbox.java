package vn.dvc.portal.notify;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes messages to the outbox, inside the transaction of the change they announce. */
@Component
class Outbox {

	private final OutboxMessages messages;

	private final Clock clock;

	Outbox(OutboxMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void email(String to, String subject, String body) {
		this.messages.save(new OutboxMessage(OutboxMessage.Channel.EMAIL, to, subject, body, this.clock.instant()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void sms(String phone, String body) {
		this.messages.save(new OutboxMessage(OutboxMessage.Channel.SMS, phone, null, body, this.clock.instant()));
	}

}

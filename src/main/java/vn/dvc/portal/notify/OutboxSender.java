package vn.dvc.portal.notify;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, after the changes that wrote it have committed. A failure is
 * recorded and retried later; nothing is lost while the mail server is down. Without an SMTP host
 * (the default run) e-mails stay in the outbox, readable at {@code /dev/mailbox}. SMS stay there
 * too: no SMS gateway is connected yet.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^\\s<>@]+@[^\\s<>@]+");

	private final OutboxMessages messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotifyProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OutboxSender(OutboxMessages messages, ObjectProvider<JavaMailSender> mailSender, NotifyProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dvc.notify.poll-interval:5s}", initialDelayString = "${dvc.notify.poll-interval:5s}")
	@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT5M")
	void sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<OutboxMessage> due = this.messages.findByStatusAndChannelAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
				OutboxMessage.Status.PENDING, OutboxMessage.Channel.EMAIL, this.clock.instant(), PageRequest.of(0, BATCH));
		for (OutboxMessage message : due) {
			this.transactions.executeWithoutResult(status -> send(sender, message));
		}
	}

	/** The failure's type and message, with any e-mail address in it blanked out. */
	static String withoutAddresses(Exception failure) {
		String message = (failure.getMessage() == null) ? "" : failure.getMessage();
		return failure.getClass().getSimpleName() + ": " + EMAIL.matcher(message).replaceAll("<address>");
	}

	private void send(JavaMailSender sender, OutboxMessage message) {
		OutboxMessage current = this.messages.findById(message.id()).orElseThrow();
		if (current.status() != OutboxMessage.Status.PENDING) {
			return;
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
			helper.setFrom(this.properties.from());
			helper.setTo(current.recipient());
			helper.setSubject(current.subject());
			helper.setText(current.body(), false);
			sender.send(mime);
			current.markSent(this.clock.instant());
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			// The recipient's address is personal data: log the message id only.
			log.warn("Outbox message {} not sent (attempt {}): {}", current.id(), current.attempts() + 1,
					ex.getClass().getSimpleName());
			current.markFailed(withoutAddresses(ex), this.clock.instant(), this.properties.retryBase(),
					this.properties.retryMax(), this.properties.maxAttempts());
		}
	}

}

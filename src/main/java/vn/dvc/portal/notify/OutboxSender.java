package vn.dvc.portal.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>
 * Every copy of the portal sends: each claims a batch of due messages with {@code FOR UPDATE SKIP
 * LOCKED}, which moves their next attempt a lease ahead, so two copies never claim the same
 * message; a copy that dies with claimed messages leaves them to be claimed again when the lease
 * runs out. The batch is sent by a small pool of threads, without holding a database connection
 * while the mail server answers, and batches follow one another while messages are due.
 */
@Component
class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^\\s<>@]+@[^\\s<>@]+");

	private static final String CLAIM = """
			update outbox_message set next_attempt_at = ?
			where id in (select id from outbox_message
			             where status = 'PENDING' and channel = 'EMAIL' and next_attempt_at <= ?
			             order by next_attempt_at limit ? for update skip locked)
			returning id
			""";

	private static final String BACKLOG = """
			select count(*) from outbox_message where status = 'PENDING' and channel = 'EMAIL' and next_attempt_at <= ?
			""";

	private final OutboxMessages messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotifyProperties properties;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ExecutorService pool;

	private final Counter sent;

	private final Counter failed;

	OutboxSender(OutboxMessages messages, ObjectProvider<JavaMailSender> mailSender, NotifyProperties properties,
			TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(properties.senders(), runnable -> {
			Thread thread = new Thread(runnable, "outbox-sender-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.sent = Counter.builder("dvc.outbox.sent").description("e-mails sent").register(meters);
		this.failed = Counter.builder("dvc.outbox.failed").description("attempts that failed").register(meters);
		Gauge.builder("dvc.outbox.backlog", this, OutboxSender::backlog)
			.description("e-mails due and not sent yet")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${dvc.notify.poll-interval:2s}", initialDelayString = "${dvc.notify.poll-interval:2s}")
	void sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		int claimed;
		do {
			List<UUID> batch = claim();
			claimed = batch.size();
			sendAll(sender, batch);
		}
		while (claimed == this.properties.batchSize() && !this.pool.isShutdown());
	}

	/** Claims up to a batch of due e-mails for this copy of the portal. */
	List<UUID> claim() {
		Instant now = this.clock.instant();
		Timestamp leaseEnd = Timestamp.from(now.plus(this.properties.claimLease()));
		return this.transactions.execute(status -> this.jdbc.queryForList(CLAIM, UUID.class, leaseEnd,
				Timestamp.from(now), this.properties.batchSize()));
	}

	/** The number of e-mails due now, for the {@code dvc.outbox.backlog} gauge. */
	double backlog() {
		Long count = this.jdbc.queryForObject(BACKLOG, Long.class, Timestamp.from(this.clock.instant()));
		return (count == null) ? 0 : count;
	}

	private void sendAll(JavaMailSender sender, List<UUID> batch) {
		List<Future<?>> sending = new ArrayList<>(batch.size());
		for (UUID id : batch) {
			sending.add(this.pool.submit(() -> send(sender, id)));
		}
		for (Future<?> one : sending) {
			try {
				one.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException ex) {
				// The message stays claimed until its lease ends, then it is tried again.
				log.warn("Outbox message not sent: {}", ex.getCause().getClass().getSimpleName());
			}
		}
	}

	/** The failure's type and message, with any e-mail address in it blanked out. */
	static String withoutAddresses(Exception failure) {
		String message = (failure.getMessage() == null) ? "" : failure.getMessage();
		return failure.getClass().getSimpleName() + ": " + EMAIL.matcher(message).replaceAll("<address>");
	}

	private void send(JavaMailSender sender, UUID id) {
		OutboxMessage message = this.messages.findById(id).orElse(null);
		if (message == null || message.status() != OutboxMessage.Status.PENDING) {
			return;
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
			helper.setFrom(this.properties.from());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			helper.setText(message.body(), false);
			sender.send(mime);
			record(id, current -> current.markSent(this.clock.instant()));
			this.sent.increment();
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			// The recipient's address is personal data: log the message id only.
			log.warn("Outbox message {} not sent (attempt {}): {}", id, message.attempts() + 1,
					ex.getClass().getSimpleName());
			record(id, current -> current.markFailed(withoutAddresses(ex), this.clock.instant(),
					this.properties.retryBase(), this.properties.retryMax(), this.properties.maxAttempts()));
			this.failed.increment();
		}
	}

	private void record(UUID id, java.util.function.Consumer<OutboxMessage> change) {
		this.transactions.executeWithoutResult(status -> this.messages.findById(id)
			.filter(current -> current.status() == OutboxMessage.Status.PENDING)
			.ifPresent(change));
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}

package vn.dvc.portal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/** A message waiting to be sent, or the record of one that was. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage extends AssignedIdEntity {

	enum Channel {

		EMAIL, SMS

	}

	enum Status {

		PENDING, SENT, FAILED

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String recipient;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMessage() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	OutboxMessage(Channel channel, String recipient, String subject, String body, Instant now) {
		this.id = Ids.next();
		this.channel = channel;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void markSent(Instant now) {
		this.status = Status.SENT;
		this.sentAt = now;
		this.attempts++;
		this.lastError = null;
	}

	/** Waits twice as long after each failure, up to {@code retryMax}; gives up after {@code maxAttempts}. */
	void markFailed(String error, Instant now, Duration retryBase, Duration retryMax, int maxAttempts) {
		this.attempts++;
		this.lastError = (error == null) ? null : error.substring(0, Math.min(error.length(), 500));
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
			return;
		}
		Duration wait = retryBase.multipliedBy(1L << Math.min(this.attempts - 1, 20));
		this.nextAttemptAt = now.plus(wait.compareTo(retryMax) > 0 ? retryMax : wait);
	}

	UUID id() {
		return this.id;
	}

	Channel channel() {
		return this.channel;
	}

	String recipient() {
		return this.recipient;
	}

	String subject() {
		return this.subject;
	}

	String body() {
		return this.body;
	}

	Status status() {
		return this.status;
	}

	int attempts() {
		return this.attempts;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant sentAt() {
		return this.sentAt;
	}

	String lastError() {
		return this.lastError;
	}

}

package vn.dvc.portal.account;

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

/**
 * A one-time proof that the person holds the e-mail address (a link) or the phone (a 6-digit
 * code) given at registration. Only the token's SHA-256 is kept.
 */
@Entity
@Table(name = "activation_token")
class ActivationToken extends AssignedIdEntity {

	static final int MAX_CODE_ATTEMPTS = 5;

	enum Kind {

		EMAIL_LINK(Duration.ofHours(48)), SMS_CODE(Duration.ofMinutes(15)), PASSWORD_RESET(Duration.ofHours(24));

		private final Duration validity;

		Kind(Duration validity) {
			this.validity = validity;
		}

	}

	@Id
	private UUID id;

	private UUID accountId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	private int attempts;

	private Instant createdAt;

	protected ActivationToken() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	ActivationToken(AccountId accountId, Kind kind, String tokenHash, Instant now) {
		this.id = Ids.next();
		this.accountId = accountId.value();
		this.kind = kind;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(kind.validity);
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt) && this.attempts < MAX_CODE_ATTEMPTS;
	}

	void use(Instant now) {
		if (!isUsable(now)) {
			throw new IllegalStateException("Activation token is no longer usable");
		}
		this.usedAt = now;
	}

	/** A wrong SMS code counts against the code, so that six digits cannot be guessed. */
	void recordFailedAttempt() {
		this.attempts++;
	}

	void revoke(Instant now) {
		if (this.usedAt == null) {
			this.usedAt = now;
		}
	}

	AccountId accountId() {
		return new AccountId(this.accountId);
	}

	Kind kind() {
		return this.kind;
	}

}

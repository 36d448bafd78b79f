package vn.dvc.portal.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;

/**
 * An account's identity at an e-identity provider: the provider's stable subject id, unique per
 * provider (a schema constraint), and what the provider said of the account when it was linked.
 * The link exists while this row does; unlinking removes it.
 */
@Entity
@Table(name = "electronic_identity_link")
class ElectronicIdentityLink {

	@Id
	private UUID id;

	private UUID accountId;

	private String issuer;

	private String subject;

	private String accountType;

	private String assuranceLevel;

	private Instant linkedAt;

	protected ElectronicIdentityLink() {
	}

	ElectronicIdentityLink(AccountId accountId, String issuer, String subject, String accountType,
			String assuranceLevel, Instant now) {
		this.id = Ids.next();
		this.accountId = accountId.value();
		this.issuer = issuer;
		this.subject = subject;
		this.accountType = accountType;
		this.assuranceLevel = assuranceLevel;
		this.linkedAt = now;
	}

	UUID id() {
		return this.id;
	}

	AccountId accountId() {
		return new AccountId(this.accountId);
	}

	String issuer() {
		return this.issuer;
	}

	String accountType() {
		return this.accountType;
	}

	String assuranceLevel() {
		return this.assuranceLevel;
	}

	Instant linkedAt() {
		return this.linkedAt;
	}

}

package vn.dvc.portal.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dvc.portal.shared.Ids;

/**
 * A person's or a staff member's account. Citizens log in with their ID number; staff with a
 * username given by the administrator.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	private UUID id;

	private String login;

	@Enumerated(EnumType.STRING)
	private IdDocumentType idType;

	private String fullName;

	private LocalDate dateOfBirth;

	private String address;

	private String email;

	private String phone;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private AccountStatus status;

	private Instant createdAt;

	private Instant activatedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Account() {
	}

	private Account(String login, String fullName, Role role, String passwordHash, Instant now) {
		this.id = Ids.next();
		this.login = login;
		this.fullName = fullName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.createdAt = now;
	}

	static Account citizen(NewCitizen citizen, String passwordHash, Instant now) {
		Account account = new Account(citizen.idNumber(), citizen.fullName(), Role.CITIZEN, passwordHash, now);
		account.idType = citizen.idType();
		account.dateOfBirth = citizen.dateOfBirth();
		account.address = citizen.address();
		account.email = citizen.email();
		account.phone = citizen.phone().value();
		account.status = AccountStatus.PENDING_ACTIVATION;
		return account;
	}

	/**
	 * A citizen's account created at the first sign-in with an e-identity: active at once (the
	 * provider has verified the person), without a local password, filled from what the provider
	 * said. A missing date of birth or address is asked once, before the person files anything.
	 */
	static Account fromElectronicIdentity(IdentityClaims claims, Instant now) {
		if (!claims.identifiesCitizen()) {
			throw new IllegalArgumentException("An e-identity without a personal ID number and a name");
		}
		Account account = new Account(claims.idNumber(), claims.fullName().trim(), Role.CITIZEN, null, now);
		account.idType = IdDocumentType.CCCD;
		account.dateOfBirth = claims.dateOfBirth();
		account.address = claims.address();
		account.email = claims.email();
		account.phone = (claims.phone() != null) ? claims.phone().value() : null;
		account.status = AccountStatus.ACTIVE;
		account.activatedAt = now;
		return account;
	}

	static Account staff(String login, String fullName, Role role, UUID agencyId, String email, String passwordHash,
			Instant now) {
		if (role == Role.CITIZEN) {
			throw new IllegalArgumentException("Staff accounts are officers or administrators");
		}
		if (role == Role.OFFICER && agencyId == null) {
			throw new IllegalArgumentException("An officer belongs to an agency");
		}
		Account account = new Account(login, fullName, role, passwordHash, now);
		account.agencyId = agencyId;
		account.email = email;
		account.status = AccountStatus.ACTIVE;
		account.activatedAt = now;
		return account;
	}

	/** Activation is idempotent: activating an active account changes nothing. */
	void activate(Instant now) {
		if (this.status == AccountStatus.DISABLED) {
			throw new IllegalStateException("A disabled account cannot be activated");
		}
		if (this.status == AccountStatus.PENDING_ACTIVATION) {
			this.status = AccountStatus.ACTIVE;
			this.activatedAt = now;
		}
	}

	void disable() {
		this.status = AccountStatus.DISABLED;
	}

	/** Re-enables a disabled account; one that was never activated stays waiting for activation. */
	void enable(Instant now) {
		if (this.status == AccountStatus.DISABLED) {
			this.status = (this.activatedAt != null) ? AccountStatus.ACTIVE : AccountStatus.PENDING_ACTIVATION;
		}
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * What the e-identity did not give: the date of birth and the address, which every dossier's
	 * submitter needs. What is known already stays; the name and the ID number came from the
	 * provider and are not the person's to change.
	 */
	void completeProfile(LocalDate dateOfBirth, String address, PhoneNumber phone) {
		if (this.role != Role.CITIZEN) {
			throw new IllegalStateException("Only a citizen's profile is completed");
		}
		if (this.dateOfBirth == null) {
			this.dateOfBirth = dateOfBirth;
		}
		if (this.address == null || this.address.isBlank()) {
			this.address = address;
		}
		if (this.phone == null && phone != null) {
			this.phone = phone.value();
		}
	}

	/** A citizen whose e-identity did not give a date of birth or an address, until they give them. */
	boolean isAwaitingProfile() {
		return this.role == Role.CITIZEN && (this.dateOfBirth == null || this.address == null || this.address.isBlank());
	}

	/** Whether the account can sign in with a password; one created from an e-identity cannot. */
	boolean hasPassword() {
		return this.passwordHash != null;
	}

	boolean isPendingActivation() {
		return this.status == AccountStatus.PENDING_ACTIVATION;
	}

	AccountId id() {
		return new AccountId(this.id);
	}

	String login() {
		return this.login;
	}

	IdDocumentType idType() {
		return this.idType;
	}

	String fullName() {
		return this.fullName;
	}

	LocalDate dateOfBirth() {
		return this.dateOfBirth;
	}

	String address() {
		return this.address;
	}

	String email() {
		return this.email;
	}

	String phone() {
		return this.phone;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Role role() {
		return this.role;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	AccountStatus status() {
		return this.status;
	}

}

package vn.dvc.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.audit.AuditEntry;
import vn.dvc.portal.audit.AuditKind;
import vn.dvc.portal.audit.AuditTrail;
import vn.dvc.portal.audit.Masks;
import vn.dvc.portal.shared.security.LoginThrottledException;

/**
 * Accounts and their e-identities: the sign-in that finds an account by the provider's subject id
 * (never by e-mail), creates a citizen's account at a person's first sign-in, or asks for the
 * password of the local account that has the same ID number before linking the two; unlinking;
 * and the profile details the provider did not give.
 *
 * <p>Why a password and not the provider's level of assurance: local accounts are registered
 * without any check of identity (anyone can type any ID number; activation proves an e-mail
 * address or a phone, not a person), so an e-identity with the same number does not show that the
 * local account is this person's. Linking without the password would give the e-identity holder
 * the dossiers of whoever registered that number, and leave that person's password working on the
 * linked account. The password proves both sides belong to one person, whatever the provider's
 * assurance claim looks like.
 */
@Service
public class ElectronicIdentities {

	/** How long the step that links an existing account may wait for its password. */
	static final Duration PENDING_LINK_VALIDITY = Duration.ofMinutes(10);

	/** How a sign-in with the e-identity went on. */
	public sealed interface SignIn permits SignedIn, LinkRequired {
	}

	/** The person is signed in to this account; {@code created} at their first sign-in. */
	public record SignedIn(PortalUser user, boolean created) implements SignIn {
	}

	/** The ID number has a local account: its password is asked before linking. */
	public record LinkRequired(PendingLink pending) implements SignIn {
	}

	/** What the person's profile page shows. */
	public record AccountProfile(AccountDirectory.CitizenProfile details, boolean hasPassword, List<Link> links) {
	}

	/** One e-identity an account is linked to. */
	public record Link(UUID id, String issuer, String accountType, String assuranceLevel, Instant linkedAt) {
	}

	/** The password typed to link an existing account was not that account's. */
	public static final class WrongPasswordException extends RuntimeException {

		WrongPasswordException() {
			super("Wrong password for the account to link");
		}

	}

	private final Accounts accounts;

	private final ElectronicIdentityLinks links;

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ElectronicIdentities(Accounts accounts, ElectronicIdentityLinks links, AuthenticationProvider passwords,
			LoginThrottle throttle, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Signs a person in with what the provider said of them.
	 * @throws ElectronicIdRefusedException when the person cannot be signed in (an organisation, no
	 * ID number, a disabled account...); the refusal is recorded
	 */
	public SignIn signIn(IdentityClaims claims, String clientAddress) {
		try {
			return this.transactions.execute(status -> resolve(claims, clientAddress));
		}
		catch (DataIntegrityViolationException ex) {
			// The same person's other sign-in, at the same moment, created the account or the link
			// first (the login and the subject are unique); this one now finds it.
			return this.transactions.execute(status -> resolve(claims, clientAddress));
		}
	}

	private SignIn resolve(IdentityClaims claims, String clientAddress) {
		// Read committed: without the lock, the other sign-in could commit between the look-up of the
		// link and that of the account, and this one would find an account without a password and
		// no link, and refuse it.
		this.links.lockIdentity(claims.issuer() + "\n" + claims.subject());
		Instant now = this.clock.instant();
		Optional<ElectronicIdentityLink> link = this.links.findByIssuerAndSubject(claims.issuer(), claims.subject());
		if (link.isPresent()) {
			Account account = this.accounts.findById(link.get().accountId().value()).orElseThrow();
			if (account.status() == AccountStatus.DISABLED) {
				throw refuse(ElectronicIdRefusal.ACCOUNT_DISABLED, account.login(), clientAddress);
			}
			record(AuditKind.EID_SIGNED_IN, account, clientAddress, claims.assuranceLevel());
			return new SignedIn(PortalUser.of(account), false);
		}
		if (!claims.citizen()) {
			throw refuse(ElectronicIdRefusal.ORGANISATION, claims.idNumber(), clientAddress);
		}
		if (!claims.identifiesCitizen()) {
			throw refuse(ElectronicIdRefusal.MISSING_IDENTITY, claims.idNumber(), clientAddress);
		}
		Optional<Account> local = this.accounts.findByLogin(claims.idNumber());
		if (local.isPresent()) {
			Account account = local.get();
			if (account.role() != Role.CITIZEN || !account.hasPassword()
					|| this.links.findByAccountIdAndIssuer(account.id().value(), claims.issuer()).isPresent()) {
				// A staff login that looks like an ID number, or an account already linked to another
				// identity at this provider: no password typed here may change that.
				throw refuse(ElectronicIdRefusal.ACCOUNT_UNAVAILABLE, claims.idNumber(), clientAddress);
			}
			if (account.status() == AccountStatus.DISABLED) {
				throw refuse(ElectronicIdRefusal.ACCOUNT_DISABLED, claims.idNumber(), clientAddress);
			}
			return new LinkRequired(new PendingLink(account.id().value(), account.login(), claims.issuer(),
					claims.subject(), claims.accountType(), claims.assuranceLevel(), now.plus(PENDING_LINK_VALIDITY)));
		}
		Account account = this.accounts.saveAndFlush(Account.fromElectronicIdentity(claims, now));
		this.links.saveAndFlush(new ElectronicIdentityLink(account.id(), claims.issuer(), claims.subject(),
				claims.accountType(), claims.assuranceLevel(), now));
		record(AuditKind.EID_ACCOUNT_CREATED, account, clientAddress, claims.assuranceLevel());
		return new SignedIn(PortalUser.of(account), true);
	}

	/**
	 * Links the waiting e-identity to its local account once the account's password is given; the
	 * attempt goes through the same per-account limits as a login. An account still waiting for its
	 * activation is activated: the provider has verified the person the password belongs to.
	 * @throws WrongPasswordException when the password is not the account's
	 * @throws LoginThrottledException when the account or the address must wait
	 * @throws ElectronicIdRefusedException when the step expired or the account cannot be linked
	 */
	public SignedIn linkWithPassword(PendingLink pending, String password, String clientAddress) {
		if (pending.isExpired(this.clock.instant())) {
			throw refuse(ElectronicIdRefusal.LINK_EXPIRED, pending.login(), clientAddress);
		}
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(pending.login(), (password != null) ? password : "");
		attempt.setDetails(new WebAuthenticationDetails(clientAddress, null));
		try {
			this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException ex) {
			this.audit.record(AuditEntry.of(AuditKind.LOGIN_FAILED)
				.about(Masks.idNumber(pending.login()), this.throttle.accountKey(pending.login()))
				.from(clientAddress)
				.saying("e-identity link"));
			throw new WrongPasswordException();
		}
		catch (LockedException ex) {
			throw refuse(ElectronicIdRefusal.ACCOUNT_DISABLED, pending.login(), clientAddress);
		}
		catch (DisabledException ex) {
			// The right password to an account waiting for its activation: activated below.
		}
		try {
			return this.transactions.execute(status -> link(pending, clientAddress));
		}
		catch (DataIntegrityViolationException ex) {
			// Linked meanwhile, by another tab of the same person or to another identity.
			throw refuse(ElectronicIdRefusal.ACCOUNT_UNAVAILABLE, pending.login(), clientAddress);
		}
	}

	private SignedIn link(PendingLink pending, String clientAddress) {
		Instant now = this.clock.instant();
		Account account = this.accounts.findById(pending.accountId()).orElseThrow();
		account.activate(now);
		this.links.saveAndFlush(new ElectronicIdentityLink(account.id(), pending.issuer(), pending.subject(),
				pending.accountType(), pending.assuranceLevel(), now));
		record(AuditKind.EID_LINKED, account, clientAddress, pending.assuranceLevel());
		return new SignedIn(PortalUser.of(account), false);
	}

	@Transactional(readOnly = true)
	public Optional<AccountProfile> profile(AccountId id) {
		return this.accounts.findById(id.value())
			.filter(account -> account.role() == Role.CITIZEN)
			.map(account -> new AccountProfile(AccountDirectory.profile(account), account.hasPassword(),
					this.links.findByAccountId(id.value())
						.stream()
						.map(link -> new Link(link.id(), link.issuer(), link.accountType(), link.assuranceLevel(),
								link.linkedAt()))
						.toList()));
	}

	/**
	 * Removes one of the account's links to an e-identity. Only an account with a local password
	 * may: one created from the e-identity would have no way left to sign in.
	 * @return false when the account has no password or no such link
	 */
	@Transactional
	public boolean unlink(AccountId id, UUID linkId, String clientAddress) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		Optional<ElectronicIdentityLink> link = this.links.findById(linkId)
			.filter(candidate -> candidate.accountId().equals(id));
		if (!account.hasPassword() || link.isEmpty()) {
			return false;
		}
		this.links.delete(link.get());
		record(AuditKind.EID_UNLINKED, account, clientAddress, null);
		return true;
	}

	/** Records the date of birth and address the e-identity did not give; the account as it is now. */
	@Transactional
	public PortalUser completeProfile(AccountId id, LocalDate dateOfBirth, String address, PhoneNumber phone) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		account.completeProfile(dateOfBirth, address.trim(), phone);
		return PortalUser.of(account);
	}

	/** Records a sign-in the web layer refused before it reached an account (a token that failed its checks). */
	public void recordRefusal(ElectronicIdRefusal reason, String detail, String clientAddress) {
		this.audit.record(AuditEntry.of(AuditKind.EID_REFUSED)
			.from(clientAddress)
			.saying((detail != null) ? reason.name() + " " + detail : reason.name()));
	}

	private ElectronicIdRefusedException refuse(ElectronicIdRefusal reason, String idNumber, String clientAddress) {
		AuditEntry entry = AuditEntry.of(AuditKind.EID_REFUSED).from(clientAddress).saying(reason.name());
		if (idNumber != null && !idNumber.isBlank()) {
			entry = entry.about(Masks.idNumber(idNumber), this.throttle.accountKey(idNumber));
		}
		this.audit.record(entry);
		return new ElectronicIdRefusedException(reason);
	}

	private void record(AuditKind kind, Account account, String clientAddress, String detail) {
		this.audit.record(AuditEntry.of(kind)
			.by(account.id().value(), account.fullName())
			.about(Masks.idNumber(account.login()), this.throttle.accountKey(account.login()))
			.from(clientAddress)
			.saying(detail));
	}

}

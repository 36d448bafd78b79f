package vn.dvc.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.audit.AuditEntry;
import vn.dvc.portal.audit.AuditKind;
import vn.dvc.portal.audit.AuditTrail;
import vn.dvc.portal.audit.Masks;

/** What other modules may know about accounts, and the creation of staff accounts. */
@Service
public class AccountDirectory {

	/** A citizen's details, used to pre-fill forms and to verify identity at the desk. */
	public record CitizenProfile(AccountId id, String fullName, IdDocumentType idType, String idNumber,
			LocalDate dateOfBirth, String address, String email, String phone) {

		@Override
		public String toString() {
			return "CitizenProfile[" + this.id + "]";
		}

	}

	/**
	 * What an officer at the counter sees of a person's account: enough to compare with the identity
	 * card in front of them, nothing to contact or locate the person with.
	 */
	public record CounterIdentity(AccountId id, String fullName, Integer birthYear) {
	}

	private static final Duration LOOKUP_WINDOW = Duration.ofHours(1);

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditTrail audit;

	private final LoginThrottle throttle;

	private final CounterLookupProperties lookups;

	AccountDirectory(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock, AuditTrail audit,
			LoginThrottle throttle, CounterLookupProperties lookups) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.audit = audit;
		this.throttle = throttle;
		this.lookups = lookups;
	}

	/**
	 * An officer's look-up of a citizen by ID number at the counter. Every look-up is recorded (who,
	 * when, the number masked), and an officer gets {@link CounterLookupProperties#perHour()} an hour.
	 * @throws CounterLookupLimitException when the officer has had their look-ups for the hour
	 */
	public Optional<CounterIdentity> identifyAtCounter(PortalUser officer, String idNumber) {
		if (officer.role() != Role.OFFICER) {
			throw new IllegalArgumentException("Only officers look citizens up at the counter");
		}
		String number = AccountSecurityConfiguration.normalizeLogin(idNumber);
		AuditEntry entry = AuditEntry.of(AuditKind.CITIZEN_LOOKUP)
			.by(officer.accountId().value(), officer.displayName())
			.about(Masks.idNumber(number), this.throttle.accountKey(number));
		if (this.audit.countRecent(AuditKind.CITIZEN_LOOKUP, officer.accountId().value(), LOOKUP_WINDOW) >= this.lookups
			.perHour()) {
			this.audit.record(new AuditEntry(AuditKind.CITIZEN_LOOKUP_REFUSED, entry.actorId(), entry.actor(),
					entry.subject(), entry.subjectKey(), null, null));
			throw new CounterLookupLimitException();
		}
		Optional<CounterIdentity> found = this.accounts.findByLogin(number)
			.filter(account -> account.role() == Role.CITIZEN)
			.map(account -> new CounterIdentity(account.id(), account.fullName(),
					(account.dateOfBirth() != null) ? account.dateOfBirth().getYear() : null));
		this.audit.record(entry.saying(found.isPresent() ? "found" : "none"));
		return found;
	}

	@Transactional(readOnly = true)
	public Optional<CitizenProfile> citizen(AccountId id) {
		return this.accounts.findById(id.value()).filter(account -> account.role() == Role.CITIZEN).map(AccountDirectory::profile);
	}

	@Transactional(readOnly = true)
	public Optional<CitizenProfile> citizenByIdNumber(String idNumber) {
		return this.accounts.findByLogin(AccountSecurityConfiguration.normalizeLogin(idNumber))
			.filter(account -> account.role() == Role.CITIZEN)
			.map(AccountDirectory::profile);
	}

	@Transactional(readOnly = true)
	public boolean exists(String login) {
		return this.accounts.existsByLogin(AccountSecurityConfiguration.normalizeLogin(login));
	}

	/** Creates an active officer or administrator account; the login is stored in lower case. */
	@Transactional
	public AccountId createStaff(String login, String fullName, Role role, UUID agencyId, String email,
			String password) {
		String normalized = AccountSecurityConfiguration.normalizeLogin(login);
		if (this.accounts.existsByLogin(normalized)) {
			throw new LoginTakenException();
		}
		Account account = Account.staff(normalized, fullName, role, agencyId, email,
				this.passwordEncoder.encode(password), this.clock.instant());
		return this.accounts.save(account).id();
	}

	static CitizenProfile profile(Account account) {
		return new CitizenProfile(account.id(), account.fullName(), account.idType(), account.login(),
				account.dateOfBirth(), account.address(), account.email(), account.phone());
	}

}

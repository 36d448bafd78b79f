package vn.dvc.portal.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	AccountDirectory(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CitizenProfile> citizen(AccountId id) {
		return this.accounts.findById(id.value()).filter(account -> account.role() == Role.CITIZEN).map(AccountDirectory::profile);
	}

	@Transactional(readOnly = true)
	public Optional<CitizenProfile> citizenByIdNumber(String idNumber) {
		return this.accounts.findByLogin(IdDocumentType.normalize(idNumber))
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

	private static CitizenProfile profile(Account account) {
		return new CitizenProfile(account.id(), account.fullName(), account.idType(), account.login(),
				account.dateOfBirth(), account.address(), account.email(), account.phone());
	}

}

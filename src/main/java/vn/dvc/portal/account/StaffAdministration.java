package vn.dvc.portal.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.NotFoundException;

/**
 * The administrator's work on staff accounts: create officers (they set their own password from an
 * e-mailed link), disable them (their sessions end at once), and send password reset links.
 */
@Service
public class StaffAdministration {

	private final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final ActivationTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAdministration(Accounts accounts, ActivationTokens tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, FindByIndexNameSessionRepository<? extends Session> sessions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffView> staff() {
		return this.accounts.findByRoleInOrderByLogin(EnumSet.of(Role.OFFICER, Role.ADMIN))
			.stream()
			.map(account -> new StaffView(account.id(), account.login(), account.fullName(), account.role(),
					account.agencyId(), account.email(), account.status()))
			.toList();
	}

	/**
	 * Creates an officer of an agency. The account has no usable password until the officer follows
	 * the link e-mailed to them.
	 * @throws LoginTakenException when the username is taken
	 */
	@Transactional
	public AccountId createOfficer(String login, String fullName, UUID agencyId, String email) {
		String normalized = AccountSecurityConfiguration.normalizeLogin(login);
		if (this.accounts.existsByLogin(normalized)) {
			throw new LoginTakenException();
		}
		Instant now = this.clock.instant();
		Account account = this.accounts.saveAndFlush(Account.staff(normalized, fullName.trim(), Role.OFFICER, agencyId,
				email.trim(), this.passwordEncoder.encode(secret()), now));
		issueReset(account, now);
		return account.id();
	}

	/** Disables the account and ends its sessions at once, on every copy of the portal. */
	@Transactional
	public void disable(AccountId id) {
		Account account = staffAccount(id);
		account.disable();
		this.sessions.findByPrincipalName(account.login()).keySet().forEach(this.sessions::deleteById);
	}

	@Transactional
	public void enable(AccountId id) {
		staffAccount(id).enable(this.clock.instant());
	}

	/** E-mails the account a link to set a new password; earlier links stop working. */
	@Transactional
	public void sendPasswordReset(AccountId id) {
		Account account = staffAccount(id);
		if (account.email() == null) {
			throw new IllegalStateException("The account has no e-mail address");
		}
		issueReset(account, this.clock.instant());
	}

	/**
	 * Sets a new password from an e-mailed link.
	 * @return the policy violation, or empty when the password was set
	 * @throws InvalidTokenException when the link is unknown, used or expired
	 */
	@Transactional
	public java.util.Optional<PasswordPolicy.Violation> resetPassword(String token, String password) {
		Instant now = this.clock.instant();
		ActivationToken reset = this.tokens.findByTokenHash(Registration.sha256(token == null ? "" : token))
			.filter(candidate -> candidate.kind() == ActivationToken.Kind.PASSWORD_RESET && candidate.isUsable(now))
			.orElseThrow(InvalidTokenException::new);
		Account account = this.accounts.findById(reset.accountId().value()).orElseThrow(InvalidTokenException::new);
		java.util.Optional<PasswordPolicy.Violation> violation = this.passwordPolicy.check(password, account.login());
		if (violation.isPresent()) {
			return violation;
		}
		reset.use(now);
		account.changePassword(this.passwordEncoder.encode(password));
		return java.util.Optional.empty();
	}

	/** Whether a reset link can still be used, to show the form or say it expired. */
	@Transactional(readOnly = true)
	public boolean isResetUsable(String token) {
		Instant now = this.clock.instant();
		return token != null && this.tokens.findByTokenHash(Registration.sha256(token))
			.filter(candidate -> candidate.kind() == ActivationToken.Kind.PASSWORD_RESET && candidate.isUsable(now))
			.isPresent();
	}

	private void issueReset(Account account, Instant now) {
		this.tokens.findByAccountIdAndUsedAtIsNull(account.id().value())
			.stream()
			.filter(token -> token.kind() == ActivationToken.Kind.PASSWORD_RESET)
			.forEach(token -> token.revoke(now));
		String secret = secret();
		this.tokens.save(new ActivationToken(account.id(), ActivationToken.Kind.PASSWORD_RESET,
				Registration.sha256(secret), now));
		this.events.publishEvent(new PasswordResetIssued(account.id(), account.fullName(), account.email(), secret));
	}

	private Account staffAccount(AccountId id) {
		return this.accounts.findById(id.value())
			.filter(account -> account.role() != Role.CITIZEN)
			.orElseThrow(() -> new NotFoundException("Account"));
	}

	private String secret() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A password reset link that is unknown, used or expired. */
	public static class InvalidTokenException extends RuntimeException {

		public InvalidTokenException() {
			super("Invalid password reset link");
		}

	}

}

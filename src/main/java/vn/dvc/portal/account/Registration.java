package vn.dvc.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration of citizens and the activation of their accounts, by a link sent by e-mail or, when
 * no e-mail was given, a code sent by SMS.
 */
@Service
public class Registration {

	/**
	 * How registration ended, enough for the page that follows: how the activation secret was sent.
	 * It is the same whether the number was new or already had an account, so that the page never
	 * tells a stranger which ID numbers have accounts.
	 */
	public record Registered(ActivationIssued.Channel channel) {
	}

	/** How an activation attempt ended. */
	public enum Activation {

		ACTIVATED, INVALID

	}

	private final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final ActivationTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registration(Accounts accounts, ActivationTokens tokens, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the account, waiting for activation, and issues its activation secret. When the ID
	 * number already has an account, nothing is created and the answer is the same as for a new one;
	 * the account's own contact on file is told instead (a new activation secret if it was never
	 * activated, a notice that someone tried to register again otherwise). The password is hashed
	 * either way so that both answers take as long.
	 */
	@Transactional
	public Registered register(NewCitizen citizen) {
		Instant now = this.clock.instant();
		String passwordHash = this.passwordEncoder.encode(citizen.password());
		ActivationIssued.Channel answer = (citizen.email() != null) ? ActivationIssued.Channel.EMAIL
				: ActivationIssued.Channel.SMS;
		Optional<Account> existing = this.accounts.findByLogin(citizen.idNumber());
		if (existing.isPresent()) {
			tellContactOnFile(existing.get(), now);
			return new Registered(answer);
		}
		Account account = this.accounts.saveAndFlush(Account.citizen(citizen, passwordHash, now));
		issueActivation(account, now);
		return new Registered(answer);
	}

	private void tellContactOnFile(Account account, Instant now) {
		if (account.isPendingActivation()) {
			this.tokens.findByAccountIdAndUsedAtIsNull(account.id().value()).forEach(token -> token.revoke(now));
			issueActivation(account, now);
		}
		else if (account.role() == Role.CITIZEN) {
			this.events.publishEvent(new RegistrationRepeated(account.id(), account.fullName(), account.email(),
					account.phone()));
		}
	}

	@Transactional
	public Activation activateByLink(String token) {
		if (token == null || token.isBlank()) {
			return Activation.INVALID;
		}
		Instant now = this.clock.instant();
		Optional<ActivationToken> found = this.tokens.findByTokenHash(sha256(token))
			.filter(candidate -> candidate.kind() == ActivationToken.Kind.EMAIL_LINK)
			.filter(candidate -> candidate.isUsable(now));
		if (found.isEmpty()) {
			return Activation.INVALID;
		}
		return activate(found.get(), now);
	}

	/**
	 * Checks a code sent by SMS. Every wrong code counts against the account's open codes, which stop
	 * working after {@value ActivationToken#MAX_CODE_ATTEMPTS} wrong tries.
	 */
	@Transactional
	public Activation activateByCode(String login, String code) {
		Optional<Account> account = this.accounts.findByLogin(AccountSecurityConfiguration.normalizeLogin(login));
		if (account.isEmpty() || code == null || code.isBlank()) {
			return Activation.INVALID;
		}
		Instant now = this.clock.instant();
		String hash = sha256(account.get().id() + ":" + code.trim());
		List<ActivationToken> open = this.tokens.findByAccountIdAndUsedAtIsNull(account.get().id().value())
			.stream()
			.filter(token -> token.kind() == ActivationToken.Kind.SMS_CODE && token.isUsable(now))
			.toList();
		Optional<ActivationToken> match = this.tokens.findByTokenHash(hash).filter(open::contains);
		if (match.isPresent()) {
			return activate(match.get(), now);
		}
		open.forEach(ActivationToken::recordFailedAttempt);
		return Activation.INVALID;
	}

	/**
	 * Sends a new activation secret if the account is still waiting for one. Says nothing either
	 * way, so that nobody learns which ID numbers have accounts.
	 */
	@Transactional
	public void resendActivation(String login) {
		this.accounts.findByLogin(AccountSecurityConfiguration.normalizeLogin(login))
			.filter(Account::isPendingActivation)
			.ifPresent(account -> {
				Instant now = this.clock.instant();
				this.tokens.findByAccountIdAndUsedAtIsNull(account.id().value()).forEach(token -> token.revoke(now));
				issueActivation(account, now);
			});
	}

	private Activation activate(ActivationToken token, Instant now) {
		Account account = this.accounts.findById(token.accountId().value()).orElseThrow();
		token.use(now);
		account.activate(now);
		this.events.publishEvent(new AccountActivated(account.id()));
		return Activation.ACTIVATED;
	}

	private ActivationIssued.Channel issueActivation(Account account, Instant now) {
		if (account.email() != null) {
			byte[] bytes = new byte[32];
			this.random.nextBytes(bytes);
			String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			this.tokens.save(new ActivationToken(account.id(), ActivationToken.Kind.EMAIL_LINK, sha256(secret), now));
			this.events.publishEvent(new ActivationIssued(account.id(), account.fullName(),
					ActivationIssued.Channel.EMAIL, account.email(), account.phone(), secret));
			return ActivationIssued.Channel.EMAIL;
		}
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		// The account id salts the hash: six digits alone would collide across accounts.
		this.tokens.save(new ActivationToken(account.id(), ActivationToken.Kind.SMS_CODE,
				sha256(account.id() + ":" + code), now));
		this.events.publishEvent(new ActivationIssued(account.id(), account.fullName(), ActivationIssued.Channel.SMS,
				null, account.phone(), code));
		return ActivationIssued.Channel.SMS;
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

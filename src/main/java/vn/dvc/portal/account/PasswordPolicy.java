package vn.dvc.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules, the stronger of the seed's (6 to 18 characters) and OWASP ASVS: at least 8
 * characters, long passphrases accepted up to 128, none of the ten thousand commonest passwords,
 * not the ID number itself. No composition rules: they make passwords weaker, not stronger.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	/** Why a password is refused; each has a message in messages.properties. */
	public enum Violation {

		TOO_SHORT, TOO_LONG, TOO_COMMON, SAME_AS_LOGIN;

		public String messageKey() {
			return "password." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Set<String> commonPasswords;

	public PasswordPolicy() {
		this.commonPasswords = load("account/common-passwords.txt");
	}

	public Optional<Violation> check(String password, String login) {
		int length = (password == null) ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Violation.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Violation.TOO_LONG);
		}
		if (this.commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(Violation.TOO_COMMON);
		}
		if (login != null && !login.isBlank() && password.toUpperCase(Locale.ROOT).contains(IdDocumentType.normalize(login))) {
			return Optional.of(Violation.SAME_AS_LOGIN);
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}

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
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.dvc.portal.shared.security.LoginNames;

/**
 * The password rules, the stronger of the seed's (6 to 18 characters) and OWASP ASVS: at least 8
 * characters, long passphrases accepted up to 128, none of the ten thousand commonest passwords,
 * not the ID number itself. No composition rules: they make passwords weaker, not stronger.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	/** Shorter logins ("an") would forbid too many ordinary passwords. */
	private static final int MIN_LOGIN_IN_PASSWORD = 4;

	private static final Pattern SEPARATORS = Pattern.compile("[_\\s.\\-]");

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
		String compactLogin = compact(login);
		if (compactLogin.length() >= MIN_LOGIN_IN_PASSWORD && compact(password).contains(compactLogin)) {
			return Optional.of(Violation.SAME_AS_LOGIN);
		}
		return Optional.empty();
	}

	/**
	 * Both sides the same way, without separators and case, so that "Canbo.Songoaivu-2024" is seen to
	 * contain the login "canbo.songoaivu" and "042 087 000 645x" the ID number.
	 */
	private static String compact(String text) {
		return (text == null) ? "" : SEPARATORS.matcher(LoginNames.compactIdNumber(text)).replaceAll("");
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

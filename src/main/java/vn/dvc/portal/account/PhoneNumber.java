package vn.dvc.portal.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese phone number in its national form: mobile numbers 0 + 9 digits with the current
 * prefixes (03, 05, 07, 08, 09), landlines 02 + 9 digits. "+84" and "84" prefixes, spaces, dots
 * and dashes are accepted on input.
 */
public record PhoneNumber(String value) {

	private static final Pattern NATIONAL = Pattern.compile("0[35789]\\d{8}|02\\d{9}");

	public PhoneNumber {
		if (value == null || !NATIONAL.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a Vietnamese phone number");
		}
	}

	public static Optional<PhoneNumber> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() >= 11) {
			digits = "0" + digits.substring(2);
		}
		return NATIONAL.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
	}

	/** The number with all but the last three digits hidden, for screens and logs. */
	public String masked() {
		return "*".repeat(this.value.length() - 3) + this.value.substring(this.value.length() - 3);
	}

	@Override
	public String toString() {
		return masked();
	}

}

package vn.dvc.portal.shared.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation of a login, used by sign-in, registration, the limits and every look-up,
 * so that "042.087 000-645" and "042087000645" are the same account everywhere: an ID number is
 * stored without separators and in upper case, a staff username in lower case.
 */
public final class LoginNames {

	/** CMND (9 digits), CCCD (12 digits) or passport (a letter and 7 digits), once compacted. */
	private static final Pattern ID_NUMBER = Pattern.compile("\\d{9}|\\d{12}|[A-Z]\\d{7}");

	/** What people type between the groups of an ID number: spaces, dots, dashes. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u2010-\\u2015\\u2212]");

	/** Control and invisible formatting characters (bidirectional overrides, zero-width spaces). */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private LoginNames() {
	}

	/** The login as it is stored and as every limit is keyed. */
	public static String normalize(String typed) {
		String text = visible(typed).trim();
		String compact = compactIdNumber(text);
		return isIdNumber(compact) ? compact : text.toLowerCase(Locale.ROOT);
	}

	/**
	 * An ID number without separators, letters in upper case; full-width digits typed by some
	 * Vietnamese keyboards become ASCII digits.
	 */
	public static String compactIdNumber(String number) {
		return SEPARATORS.matcher(visible(number)).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** Whether a normalised login is an ID number rather than a staff username. */
	public static boolean isIdNumber(String normalized) {
		return normalized != null && ID_NUMBER.matcher(normalized).matches();
	}

	private static String visible(String text) {
		if (text == null) {
			return "";
		}
		return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
	}

}

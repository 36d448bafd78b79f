package vn.dvc.portal.dossier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number that identifies a dossier's owner: an identity card (9 digits), a citizen identity
 * card (12), a passport (a letter and 7 digits) or an organisation's tax code (10 digits, or 10 and
 * a 3-digit branch). Wider than the login's {@code account.IdDocumentType}, which has no tax codes:
 * an organisation may own a dossier without holding an account.
 *
 * @param value the number in the form dossiers keep it: no surrounding spaces, letter in upper case
 */
public record IdNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{9}|\\d{10}|\\d{12}|\\d{10}-\\d{3}|[A-Z]\\d{7}");

	/** The longest accepted form (a tax code with its branch); anything longer is not looked at. */
	private static final int MAX_LENGTH = 14;

	public IdNumber {
		if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an ID number");
		}
	}

	/**
	 * The number as typed, without the spaces around it and with its letter in upper case, if it
	 * has one of the accepted forms; a space, a control character or another script's digit
	 * inside refuses it.
	 */
	public static Optional<IdNumber> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String candidate = typed.strip().toUpperCase(Locale.ROOT);
		if (candidate.length() > MAX_LENGTH || !FORMAT.matcher(candidate).matches()) {
			return Optional.empty();
		}
		return Optional.of(new IdNumber(candidate));
	}

	@Override
	public String toString() {
		// Personal data: an ID number stays out of logs.
		return "IdNumber[hidden]";
	}

}

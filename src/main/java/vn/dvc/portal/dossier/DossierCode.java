package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dossier's code (mã hồ sơ), issued on submission or receipt: the agency's code, the day and
 * the day's sequence number, like {@code 000.00.20.H27-241105-0001}. Short enough to type.
 */
public record DossierCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9A-Z.]{1,40}-\\d{6}-\\d{4,6}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	public DossierCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a dossier code");
		}
	}

	static DossierCode of(String agencyCode, LocalDate day, int sequence) {
		return new DossierCode(agencyCode + "-" + DAY.format(day) + "-" + String.format(Locale.ROOT, "%04d", sequence));
	}

	/** Reads what a person typed: spaces ignored, letters in any case. */
	public static Optional<DossierCode> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String cleaned = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return FORMAT.matcher(cleaned).matches() ? Optional.of(new DossierCode(cleaned)) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}

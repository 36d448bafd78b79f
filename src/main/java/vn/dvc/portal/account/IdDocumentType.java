package vn.dvc.portal.account;

import java.util.regex.Pattern;

import vn.dvc.portal.shared.security.LoginNames;

/**
 * The identity document whose number is the citizen's login: the old 9-digit identity card, the
 * 12-digit citizen identity card, or a passport (one letter and 7 digits).
 */
public enum IdDocumentType {

	CMND("\\d{9}"), CCCD("\\d{12}"), PASSPORT("[A-Z]\\d{7}");

	private final Pattern format;

	IdDocumentType(String format) {
		this.format = Pattern.compile(format);
	}

	/** The number as it is stored: without spaces, dots or dashes, letters in upper case. */
	public static String normalize(String number) {
		return LoginNames.compactIdNumber(number);
	}

	public boolean accepts(String number) {
		return this.format.matcher(normalize(number)).matches();
	}

}

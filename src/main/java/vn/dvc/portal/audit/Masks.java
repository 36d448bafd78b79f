package vn.dvc.portal.audit;

import vn.dvc.portal.shared.security.LoginNames;

/**
 * How personal numbers appear in the audit log: enough to tell two apart when one is known already
 * (an officer's own counter slip, a complaint), not enough to learn one.
 */
public final class Masks {

	private Masks() {
	}

	/** "042087000645" becomes "0420******45"; a passport "C1234567" becomes "C123**67". */
	public static String idNumber(String number) {
		return keep(LoginNames.compactIdNumber(number), 4, 2);
	}

	/** "0912345678" becomes "09******78". */
	public static String phone(String phone) {
		String digits = (phone == null) ? "" : phone.replaceAll("\\D", "");
		return keep(digits, 2, 2);
	}

	/**
	 * A login as typed: an ID number is masked as one; anything else (a staff username, or a
	 * password typed into the wrong field) keeps its first three characters only.
	 */
	public static String login(String typed) {
		String normalized = LoginNames.normalize(typed);
		if (LoginNames.isIdNumber(normalized)) {
			return idNumber(normalized);
		}
		if (normalized.isEmpty()) {
			return "";
		}
		return normalized.substring(0, normalized.offsetByCodePoints(0, Math.min(3, normalized.codePointCount(0,
				normalized.length())))) + "***";
	}

	/**
	 * The login of a known account: an ID number masked, a staff username as it is (it names a
	 * post, not a person's number).
	 */
	public static String accountLogin(String login) {
		String normalized = LoginNames.normalize(login);
		return LoginNames.isIdNumber(normalized) ? idNumber(normalized) : normalized;
	}

	private static String keep(String text, int head, int tail) {
		if (text.length() <= head + tail) {
			return "*".repeat(text.length());
		}
		return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
	}

}

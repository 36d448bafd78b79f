package vn.dvc.portal.stats;

import java.text.Normalizer;

/**
 * A resolved dossier whose result waits to be collected, on the public home page. The seed's portal
 * lists the owner's full name beside the procedure ("Nguyễn Thị Vương - Thủ tục hưởng mai táng
 * phí..."), which tells anyone who applied for what; here only the initials are shown. With the
 * procedure and the agency, that is enough for a person to recognise their own result (they know
 * what they filed and where), and not enough for a stranger to find out about someone; the code on
 * the receipt gives certainty on the tracking page.
 */
public record WaitingReturn(String maskedName, String procedureName, String agencyName) {

	/** "Nguyễn Thị Hoa" becomes "N.T.H.", "Đặng văn an" becomes "Đ.V.A.". */
	static String mask(String name) {
		if (name == null || name.isBlank()) {
			return "***";
		}
		StringBuilder initials = new StringBuilder();
		for (String word : Normalizer.normalize(name.trim(), Normalizer.Form.NFC).split("\\s+")) {
			int first = word.codePointAt(0);
			if (Character.isLetter(first)) {
				initials.appendCodePoint(Character.toUpperCase(first)).append('.');
			}
		}
		return initials.isEmpty() ? "***" : initials.toString();
	}

}

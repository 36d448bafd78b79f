package vn.dvc.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese text for searches that ignore diacritics and case: "Hội nghị" and
 * "hoi nghi" fold to the same text.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		// đ/Đ is a letter of its own, not d with a combining mark.
		stripped = stripped.replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

}

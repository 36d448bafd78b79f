package vn.dvc.portal.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An amount of đồng in Vietnamese words, as a receipt writes it ("Một trăm năm mươi nghìn đồng"):
 * groups of three digits read with "trăm", "mươi", the "linh" of a missing ten, "mốt" and "lăm"
 * after a ten, and "không trăm" for an empty hundred inside the number.
 */
final class VietnameseAmounts {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final String[] GROUPS = { "", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ" };

	private VietnameseAmounts() {
	}

	static String inWords(long amountVnd) {
		if (amountVnd < 0) {
			throw new IllegalArgumentException("A negative amount");
		}
		if (amountVnd == 0) {
			return "Không đồng";
		}
		List<Integer> groups = new ArrayList<>();
		for (long rest = amountVnd; rest > 0; rest /= 1000) {
			groups.add((int) (rest % 1000));
		}
		List<String> words = new ArrayList<>();
		for (int index = groups.size() - 1; index >= 0; index--) {
			int group = groups.get(index);
			if (group == 0) {
				continue;
			}
			boolean leading = index == groups.size() - 1;
			words.add(triple(group, leading));
			if (!GROUPS[index].isEmpty()) {
				words.add(GROUPS[index]);
			}
		}
		String text = String.join(" ", words) + " đồng";
		return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
	}

	/** Three digits; {@code leading} when nothing stands before them, so "không trăm" is left out. */
	private static String triple(int number, boolean leading) {
		int hundreds = number / 100;
		int tens = (number / 10) % 10;
		int units = number % 10;
		List<String> words = new ArrayList<>();
		if (hundreds > 0 || !leading) {
			words.add(DIGITS[hundreds]);
			words.add("trăm");
		}
		if (tens == 0) {
			if (units > 0 && !words.isEmpty()) {
				words.add("linh");
			}
		}
		else if (tens == 1) {
			words.add("mười");
		}
		else {
			words.add(DIGITS[tens]);
			words.add("mươi");
		}
		if (units > 0) {
			if (units == 1 && tens >= 2) {
				words.add("mốt");
			}
			else if (units == 5 && tens >= 1) {
				words.add("lăm");
			}
			else {
				words.add(DIGITS[units]);
			}
		}
		return String.join(" ", words);
	}

}

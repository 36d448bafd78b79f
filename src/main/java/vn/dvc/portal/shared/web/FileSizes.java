package vn.dvc.portal.shared.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * File sizes as a person reads them: bytes below one kilobyte, then KB and MB (and GB) with one
 * decimal, in the reader's language ("1,5 MB" in Vietnamese, "1.5 MB" in English). Templates use it
 * as {@code ${@sizes.format(bytes)}}, so that every page shows sizes the same way.
 */
@Component("sizes")
public class FileSizes {

	private static final String[] UNITS = { "KB", "MB", "GB" };

	private static final double STEP = 1024;

	/** In the language of the current request. */
	public String format(long bytes) {
		return format(bytes, LocaleContextHolder.getLocale());
	}

	public String format(long bytes, Locale locale) {
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		// Values stay below 1024 of their unit: no thousands separator to mistake for a decimal one.
		numbers.setGroupingUsed(false);
		if (bytes < STEP) {
			numbers.setMaximumFractionDigits(0);
			return numbers.format(Math.max(bytes, 0)) + " B";
		}
		numbers.setMinimumFractionDigits(1);
		numbers.setMaximumFractionDigits(1);
		double value = bytes / STEP;
		int unit = 0;
		// Moves up a unit when rounding to one decimal would print 1024,0 of the smaller one.
		while (unit < UNITS.length - 1 && Math.round(value * 10) >= STEP * 10) {
			value /= STEP;
			unit++;
		}
		return numbers.format(value) + " " + UNITS[unit];
	}

}

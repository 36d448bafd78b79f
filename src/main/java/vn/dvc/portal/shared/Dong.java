package vn.dvc.portal.shared;

import java.util.Locale;

/** Amounts of money in đồng, the way people write them in Viet Nam. */
public final class Dong {

	private Dong() {
	}

	/** The amount grouped by thousands with dots: 1.500.000. */
	public static String format(long amount) {
		return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
	}

}

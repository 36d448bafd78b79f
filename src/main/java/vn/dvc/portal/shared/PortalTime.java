package vn.dvc.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The time zone and formats the portal speaks in. */
public final class PortalTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Format of dates exchanged with the national portal. */
	public static final DateTimeFormatter NATIONAL_EXCHANGE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZONE);

	/** The day as people write it in Viet Nam: 05/11/2024. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private PortalTime() {
	}

	public static LocalDate dayOf(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	/** A date that moved, as the history and the messages show it: "05/11/2024 → 08/11/2024". */
	public static String moved(LocalDate from, LocalDate to) {
		return DAY.format(from) + " → " + DAY.format(to);
	}

}

package vn.dvc.portal.catalog;

import java.time.LocalDate;

/**
 * Converts dates of the Vietnamese lunar calendar to the solar calendar, for the holidays that
 * follow the moon (Tết Nguyên đán, Giỗ Tổ Hùng Vương). This is Hồ Ngọc Đức's published algorithm
 * (astronomical new moons and solar terms computed for the UTC+7 meridian), which is what makes the
 * Vietnamese calendar differ from the Chinese one in some years.
 */
final class VietnameseLunarCalendar {

	private static final double TIME_ZONE = 7.0;

	private static final double SYNODIC_MONTH = 29.530588853;

	private VietnameseLunarCalendar() {
	}

	/** The solar date of a day of a (non-leap) lunar month. */
	static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
		int a11;
		int b11;
		if (lunarMonth < 11) {
			a11 = lunarMonth11(lunarYear - 1);
			b11 = lunarMonth11(lunarYear);
		}
		else {
			a11 = lunarMonth11(lunarYear);
			b11 = lunarMonth11(lunarYear + 1);
		}
		int k = (int) Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
		int offset = lunarMonth - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			if (offset >= leapOffset) {
				offset += 1;
			}
		}
		int monthStart = newMoonDay(k + offset);
		return fromJulianDay(monthStart + lunarDay - 1);
	}

	private static int julianDay(int day, int month, int year) {
		int a = (14 - month) / 12;
		int y = year + 4800 - a;
		int m = month + 12 * a - 3;
		int jd = day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
		if (jd < 2299161) {
			jd = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
		}
		return jd;
	}

	private static LocalDate fromJulianDay(int jd) {
		int b;
		int c;
		if (jd > 2299160) {
			int a = jd + 32044;
			b = (4 * a + 3) / 146097;
			c = a - (b * 146097) / 4;
		}
		else {
			b = 0;
			c = jd + 32082;
		}
		int d = (4 * c + 3) / 1461;
		int e = c - (1461 * d) / 4;
		int m = (5 * e + 2) / 153;
		int day = e - (153 * m + 2) / 5 + 1;
		int month = m + 3 - 12 * (m / 10);
		int year = b * 100 + d - 4800 + m / 10;
		return LocalDate.of(year, month, day);
	}

	/** Julian day (with fraction) of the k-th new moon after 1 January 1900. */
	private static double newMoon(int k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT;
		if (t < -11) {
			deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		else {
			deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
		}
		return jd1 + c1 - deltaT;
	}

	/** The sun's longitude in radians at the given Julian day. */
	private static double sunLongitude(double jdn) {
		double t = (jdn - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
	}

	/** The solar term (0..11) the sun is in at the start of the given day. */
	private static int solarTerm(int dayNumber) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
	}

	private static int newMoonDay(int k) {
		return (int) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
	}

	/** The first day of the 11th lunar month (the one holding the winter solstice) of the year. */
	private static int lunarMonth11(int year) {
		int offset = julianDay(31, 12, year) - 2415021;
		int k = (int) Math.floor(offset / SYNODIC_MONTH);
		int newMoon = newMoonDay(k);
		if (solarTerm(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Which month after the 11th is the leap month, in a year that has 13 months. */
	private static int leapMonthOffset(int a11) {
		int k = (int) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
		int last;
		int i = 1;
		int arc = solarTerm(newMoonDay(k + i));
		do {
			last = arc;
			i++;
			arc = solarTerm(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

}

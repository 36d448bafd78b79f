package vn.dvc.portal.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public holidays of the Labour Code 2019 (article 112) for a year: New Year, five days of
 * Tết, the Hùng Kings' day, 30 April, 1 May and two days of National Day. Which days around Tết and
 * National Day are taken is decided by the Government each year, and working days are sometimes
 * swapped; the administrator adjusts the calendar when the decision is published. The defaults are
 * the last day of the lunar year with the first four days of the new one, and 1-2 September.
 */
final class StatutoryHolidays {

	private StatutoryHolidays() {
	}

	static Map<LocalDate, String> of(int year) {
		Map<LocalDate, String> days = new LinkedHashMap<>();
		days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate newYear = VietnameseLunarCalendar.toSolar(1, 1, year);
		days.put(newYear.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)");
		for (int i = 0; i < 4; i++) {
			days.put(newYear.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
		}
		days.put(VietnameseLunarCalendar.toSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		days.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
		days.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động (1/5)");
		days.put(LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề)");
		days.put(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");
		return days;
	}

}

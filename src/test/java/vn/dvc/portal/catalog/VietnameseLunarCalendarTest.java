package vn.dvc.portal.catalog;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseLunarCalendarTest {

	@ParameterizedTest(name = "lunar {0}/{1}/{2} is {3}")
	@CsvSource({
			// Tết Nguyên đán
			"1, 1, 2023, 2023-01-22", "1, 1, 2024, 2024-02-10", "1, 1, 2025, 2025-01-29", "1, 1, 2026, 2026-02-17",
			// 2007: Vietnam's Tết fell a day before China's, because of the UTC+7 meridian
			"1, 1, 2007, 2007-02-17",
			// Giỗ Tổ Hùng Vương, including 2023 which had a leap second month before it
			"10, 3, 2023, 2023-04-29", "10, 3, 2024, 2024-04-18", "10, 3, 2025, 2025-04-07" })
	void convertsKnownDates(int day, int month, int year, LocalDate solar) {
		assertThat(VietnameseLunarCalendar.toSolar(day, month, year)).isEqualTo(solar);
	}

}

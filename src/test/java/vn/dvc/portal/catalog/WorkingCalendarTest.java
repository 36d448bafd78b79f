package vn.dvc.portal.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.PortalDataTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Working days over the holiday table. The calendar reads its holidays from the database, so it
 * runs against the real one, in a year no other test touches (2098), through its real repository;
 * only the persistence layer starts, and each test's holidays are rolled back. The calendar is
 * built here from the repository and the office hours bound as the portal binds them, so that this
 * test shares the one persistence slice context with the other {@link PortalDataTest}s.
 */
@PortalDataTest
class WorkingCalendarTest {

	private static final LocalDate THU_24_APRIL = LocalDate.of(2098, 4, 24);

	private static final LocalDate FRI_25_APRIL = LocalDate.of(2098, 4, 25);

	private static final LocalDate SAT_26_APRIL = LocalDate.of(2098, 4, 26);

	private static final LocalDate MON_28_APRIL = LocalDate.of(2098, 4, 28);

	private static final LocalDate TUE_29_APRIL = LocalDate.of(2098, 4, 29);

	/** Reunification Day, a Wednesday. */
	private static final LocalDate WED_30_APRIL = LocalDate.of(2098, 4, 30);

	/** Labour Day, a Thursday. */
	private static final LocalDate THU_1_MAY = LocalDate.of(2098, 5, 1);

	/** A bridge day the government gives off between the holiday and the weekend. */
	private static final LocalDate FRI_2_MAY = LocalDate.of(2098, 5, 2);

	private static final LocalDate MON_5_MAY = LocalDate.of(2098, 5, 5);

	private static final LocalDate TUE_6_MAY = LocalDate.of(2098, 5, 6);

	@Autowired
	Holidays holidays;

	@Autowired
	Environment environment;

	private WorkingCalendar calendar;

	@BeforeEach
	void theMayHolidays() {
		this.calendar = new WorkingCalendar(this.holidays,
				Binder.get(this.environment).bindOrCreate("dvc.calendar", CalendarProperties.class));
		this.calendar.setHoliday(WED_30_APRIL, "Ngày Giải phóng miền Nam");
		this.calendar.setHoliday(THU_1_MAY, "Ngày Quốc tế Lao động");
		this.calendar.setHoliday(FRI_2_MAY, "Nghỉ bù");
	}

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(this.calendar.isWorkingDay(TUE_29_APRIL)).isTrue();
		assertThat(this.calendar.isWorkingDay(SAT_26_APRIL)).isFalse();
		assertThat(this.calendar.isWorkingDay(SAT_26_APRIL.plusDays(1))).isFalse();
		assertThat(this.calendar.isWorkingDay(WED_30_APRIL)).isFalse();
		assertThat(this.calendar.isWorkingDay(FRI_2_MAY)).isFalse();
		assertThat(this.calendar.holidays(2098)).extracting(WorkingCalendar.Day::day)
			.containsExactly(WED_30_APRIL, THU_1_MAY, FRI_2_MAY);
	}

	@Test
	void aDueDateSkipsTheWeekend() {
		assertThat(this.calendar.addWorkingDays(FRI_25_APRIL, 1)).isEqualTo(MON_28_APRIL);
		assertThat(this.calendar.addWorkingDays(SAT_26_APRIL, 1)).isEqualTo(MON_28_APRIL);
		assertThat(this.calendar.addWorkingDays(THU_24_APRIL, 2)).isEqualTo(MON_28_APRIL);
	}

	@Test
	void aDueDateSkipsTheHolidaysOfTheCalendar() {
		// Wednesday to Friday are holidays, then the weekend: the next working day is Monday.
		assertThat(this.calendar.addWorkingDays(TUE_29_APRIL, 1)).isEqualTo(MON_5_MAY);
		assertThat(this.calendar.addWorkingDays(THU_24_APRIL, 5)).isEqualTo(TUE_6_MAY);
	}

	@Test
	void theCalendarIsReadFromTheTableEveryTime() {
		assertThat(this.calendar.addWorkingDays(TUE_29_APRIL, 1)).isEqualTo(MON_5_MAY);

		this.calendar.removeHoliday(FRI_2_MAY);
		assertThat(this.calendar.addWorkingDays(TUE_29_APRIL, 1)).isEqualTo(FRI_2_MAY);

		this.calendar.setHoliday(TUE_29_APRIL.minusDays(1), "Ngày nghỉ thêm");
		assertThat(this.calendar.addWorkingDays(FRI_25_APRIL, 1)).isEqualTo(TUE_29_APRIL);
	}

	@Test
	void zeroWorkingDaysIsTheSameDayAndNegativeIsRefused() {
		assertThat(this.calendar.addWorkingDays(WED_30_APRIL, 0)).isEqualTo(WED_30_APRIL);
		assertThatIllegalArgumentException().isThrownBy(() -> this.calendar.addWorkingDays(TUE_29_APRIL, -1));
	}

	@Test
	void workingDaysBetweenCountTheDaysAfterTheFirstUpToTheLast() {
		assertThat(this.calendar.workingDaysBetween(FRI_25_APRIL, MON_28_APRIL)).isEqualTo(1);
		assertThat(this.calendar.workingDaysBetween(TUE_29_APRIL, MON_5_MAY)).isEqualTo(1);
		assertThat(this.calendar.workingDaysBetween(THU_24_APRIL, TUE_6_MAY)).isEqualTo(5);
		assertThat(this.calendar.workingDaysBetween(WED_30_APRIL, FRI_2_MAY)).isZero();
		assertThat(this.calendar.workingDaysBetween(TUE_29_APRIL, TUE_29_APRIL)).isZero();
		assertThat(this.calendar.workingDaysBetween(TUE_6_MAY, THU_24_APRIL)).isZero();
	}

	@Test
	void addingAndCountingAgree() {
		for (LocalDate start = THU_24_APRIL; start.isBefore(TUE_6_MAY); start = start.plusDays(1)) {
			for (int days = 0; days <= 12; days++) {
				LocalDate due = this.calendar.addWorkingDays(start, days);
				assertThat(this.calendar.workingDaysBetween(start, due)).as("%s + %d", start, days).isEqualTo(days);
				assertThat(this.calendar.span(start, due).workingDaysBetween(start, due)).isEqualTo(days);
			}
		}
	}

	@Test
	void workingHoursSkipNightsWeekendsAndHolidays() {
		// Friday 16:30: one hour on Friday, four on Monday morning, three on Monday afternoon.
		assertThat(this.calendar.addWorkingHours(at(FRI_25_APRIL, 16, 30), 8)).isEqualTo(at(MON_28_APRIL, 16, 30));
		// Tuesday before the holidays: the rest comes the next Monday.
		assertThat(this.calendar.addWorkingHours(at(TUE_29_APRIL, 16, 30), 8)).isEqualTo(at(MON_5_MAY, 16, 30));
		// A Saturday submission starts counting at Monday's opening.
		assertThat(this.calendar.addWorkingHours(at(SAT_26_APRIL, 20, 0), 8)).isEqualTo(at(MON_28_APRIL, 17, 30));
	}

	private static java.time.Instant at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), hour, minute),
				PortalTime.ZONE).toInstant();
	}

}

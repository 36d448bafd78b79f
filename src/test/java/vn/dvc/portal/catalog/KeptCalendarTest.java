package vn.dvc.portal.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.shared.content.PublicContent;
import vn.dvc.portal.support.ContentChanges;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holidays kept in memory by the portal's calendar: a change committed on this node counts at
 * once, one committed by another node as soon as it is heard, one rolled back never; the
 * transaction making a change counts with it already. In 2097, which no other test touches.
 */
@PortalTest
class KeptCalendarTest {

	private static final LocalDate MONDAY = LocalDate.of(2097, 6, 3);

	private static final LocalDate TUESDAY = MONDAY.plusDays(1);

	private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfigurableApplicationContext context;

	@AfterEach
	void noHolidaysLeft() {
		this.calendar.removeHoliday(TUESDAY);
	}

	@Test
	void aHolidaySetOrRemovedHereCountsAtOnce() {
		assertThat(MONDAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(TUESDAY);

		this.calendar.setHoliday(TUESDAY, "Ngày nghỉ thử");
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(WEDNESDAY);
		assertThat(this.calendar.isWorkingDay(TUESDAY)).isFalse();

		this.calendar.removeHoliday(TUESDAY);
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(TUESDAY);
	}

	@Test
	void aHolidaySetByAnotherNodeCountsOnceHeard() throws InterruptedException {
		ContentChanges changes = new ContentChanges(this.jdbc, this.context);
		changes.heardEveryChange();
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(TUESDAY);

		// Written behind the portal's back: the kept calendar does not know of it yet...
		this.jdbc.update("insert into holiday (day, name) values (?, ?)", TUESDAY, "Ngày nghỉ của nút khác");
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(TUESDAY);
		// ...and counts with it once the change is announced, as another node announces its own.
		changes.announcedByAnotherNode(PublicContent.CALENDAR);
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(WEDNESDAY);
	}

	@Test
	void aChangeRolledBackNeverCountsAndItsTransactionCountsWithIt() {
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(TUESDAY);
		this.transactions.executeWithoutResult(status -> {
			this.calendar.setHoliday(TUESDAY, "Ngày nghỉ bỏ dở");
			assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(WEDNESDAY);
			status.setRollbackOnly();
		});
		assertThat(this.calendar.addWorkingDays(MONDAY, 1)).isEqualTo(TUESDAY);
		assertThat(this.calendar.holidays(2097)).isEmpty();
	}

}

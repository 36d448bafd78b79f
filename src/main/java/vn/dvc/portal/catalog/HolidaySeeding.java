package vn.dvc.portal.catalog;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.dvc.portal.shared.PortalTime;

/**
 * Makes sure the holiday calendar covers this year and the next, in every environment: deadlines
 * are wrong without it. Runs at start-up; years already present are not touched.
 */
@Component
class HolidaySeeding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolidaySeeding.class);

	private final WorkingCalendar calendar;

	private final Clock clock;

	HolidaySeeding(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int year = LocalDate.now(this.clock.withZone(PortalTime.ZONE)).getYear();
		for (int y = year; y <= year + 1; y++) {
			try {
				if (this.calendar.seedStatutoryHolidays(y)) {
					log.info("Statutory holidays of {} added to the calendar", y);
				}
			}
			catch (DataIntegrityViolationException ex) {
				// Another copy of the portal seeded the same year at the same moment.
				log.info("Holidays of {} already being added by another instance", y);
			}
		}
	}

}

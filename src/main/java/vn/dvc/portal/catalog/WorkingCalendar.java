package vn.dvc.portal.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.content.PublicContent;
import vn.dvc.portal.shared.content.PublicContentChanged;

/**
 * Working days and hours: Monday to Friday, office hours, minus the public holidays of the
 * calendar the administrator keeps.
 *
 * <p>Every submission, payment request and desk list counts with the holidays, which change a few
 * times a year: they are kept in memory, read again after any change of the calendar, on this node
 * right after it commits and on the others when they hear of it ({@link PublicContent#CALENDAR}),
 * as the catalogue is. A transaction that changes the calendar reads its own changes from the
 * database.
 */
@Service
public class WorkingCalendar {

	/** A holiday as the administration page shows it. */
	public record Day(LocalDate day, String name) {
	}

	/** Deadlines never reach further than this; a longer search means the calendar is broken. */
	private static final int MAX_DAYS_SEARCHED = 3 * 366;

	private final Holidays holidays;

	private final CalendarProperties hours;

	/** Null for a calendar that reads the table every time (the persistence tests'). */
	private final PublicContent content;

	/** All the holidays as last read, null when they must be read again. */
	private volatile Set<LocalDate> kept;

	private final AtomicLong generation = new AtomicLong();

	@Autowired
	WorkingCalendar(Holidays holidays, CalendarProperties hours, PublicContent content) {
		this.holidays = holidays;
		this.hours = hours;
		this.content = content;
	}

	/** A calendar that reads the table every time it counts, with nothing kept. */
	WorkingCalendar(Holidays holidays, CalendarProperties hours) {
		this(holidays, hours, null);
	}

	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(day, holidaysAround(day, day));
	}

	/**
	 * The day that is {@code workingDays} working days after {@code start}: receiving on a Friday
	 * with 1 working day gives the next Monday (if it is not a holiday).
	 */
	public LocalDate addWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("Working days cannot be negative");
		}
		Set<LocalDate> off = holidaysAround(start, start.plusDays(MAX_DAYS_SEARCHED));
		LocalDate day = start;
		int counted = 0;
		for (int i = 0; counted < workingDays; i++) {
			if (i > MAX_DAYS_SEARCHED) {
				throw new IllegalStateException("No working day found after " + start);
			}
			day = day.plusDays(1);
			if (isWorkingDay(day, off)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days after {@code from} up to and including {@code to}; zero when to is not after from. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		Set<LocalDate> off = holidaysAround(from, to);
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day, off)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Counts working days for many dates at once with one reading of the holidays, for lists.
	 */
	public Span span(LocalDate from, LocalDate to) {
		return new Span(holidaysAround(from, to));
	}

	/** Working-day arithmetic over a stretch of the calendar already read. */
	public static final class Span {

		private final Set<LocalDate> holidays;

		private Span(Set<LocalDate> holidays) {
			this.holidays = holidays;
		}

		/** The working days after {@code from} up to and including {@code to}; zero when to is not after from. */
		public int workingDaysBetween(LocalDate from, LocalDate to) {
			int count = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				if (isWorkingDay(day, this.holidays)) {
					count++;
				}
			}
			return count;
		}

	}

	/**
	 * The moment {@code workingHours} office hours after {@code start}. Time outside office hours
	 * does not count: a dossier submitted on Saturday evening is due 8 office hours after Monday
	 * morning's opening.
	 */
	public Instant addWorkingHours(Instant start, int workingHours) {
		Set<LocalDate> off = holidaysAround(PortalTime.dayOf(start), PortalTime.dayOf(start).plusDays(MAX_DAYS_SEARCHED));
		Duration remaining = Duration.ofHours(workingHours);
		LocalDateTime cursor = LocalDateTime.ofInstant(start, PortalTime.ZONE);
		for (int i = 0; i < MAX_DAYS_SEARCHED * 2; i++) {
			LocalDate day = cursor.toLocalDate();
			if (isWorkingDay(day, off)) {
				for (LocalTime[] period : List.of(new LocalTime[] { this.hours.morningStart(), this.hours.morningEnd() },
						new LocalTime[] { this.hours.afternoonStart(), this.hours.afternoonEnd() })) {
					LocalDateTime periodStart = day.atTime(period[0]);
					LocalDateTime periodEnd = day.atTime(period[1]);
					if (!cursor.isBefore(periodEnd)) {
						continue;
					}
					LocalDateTime from = cursor.isAfter(periodStart) ? cursor : periodStart;
					Duration available = Duration.between(from, periodEnd);
					if (available.compareTo(remaining) >= 0) {
						return ZonedDateTime.of(from.plus(remaining), PortalTime.ZONE).toInstant();
					}
					remaining = remaining.minus(available);
					cursor = periodEnd;
				}
			}
			cursor = day.plusDays(1).atStartOfDay();
		}
		throw new IllegalStateException("No working hours found after " + start);
	}

	@Transactional(readOnly = true)
	public List<Day> holidays(int year) {
		return this.holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(holiday -> new Day(holiday.day(), holiday.name()))
			.toList();
	}

	/** Adds or renames a holiday. */
	@Transactional
	public void setHoliday(LocalDate day, String name) {
		changing();
		this.holidays.findById(day).ifPresent(this.holidays::delete);
		this.holidays.flush();
		this.holidays.save(new Holiday(day, name));
	}

	@Transactional
	public void removeHoliday(LocalDate day) {
		changing();
		this.holidays.deleteById(day);
	}

	/**
	 * Puts the statutory holidays of the year into the calendar if the year has none yet; a year the
	 * administrator has already edited is left alone.
	 * @return whether the year was seeded
	 */
	@Transactional
	public boolean seedStatutoryHolidays(int year) {
		if (this.holidays.existsByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
			return false;
		}
		changing();
		for (Map.Entry<LocalDate, String> holiday : StatutoryHolidays.of(year).entrySet()) {
			this.holidays.save(new Holiday(holiday.getKey(), holiday.getValue()));
		}
		return true;
	}

	@EventListener
	void on(PublicContentChanged change) {
		if (PublicContent.CALENDAR.equals(change.area())) {
			this.generation.incrementAndGet();
			this.kept = null;
		}
	}

	private void changing() {
		if (this.content != null) {
			this.content.changed(PublicContent.CALENDAR);
		}
	}

	/** The holidays from {@code from} to {@code to}, or more: a set of days to look days up in. */
	private Set<LocalDate> holidaysAround(LocalDate from, LocalDate to) {
		if (this.content == null || this.content.isChangedByThisTransaction(PublicContent.CALENDAR)) {
			return this.holidays.findByDayBetweenOrderByDay(from, to)
				.stream()
				.map(Holiday::day)
				.collect(Collectors.toSet());
		}
		Set<LocalDate> all = this.kept;
		if (all != null) {
			return all;
		}
		long before = this.generation.get();
		all = Set.copyOf(this.holidays.findAll().stream().map(Holiday::day).toList());
		// Kept only if no change of the calendar committed while it was read: it may be from before it.
		if (this.generation.get() == before) {
			this.kept = all;
			if (this.generation.get() != before) {
				this.kept = null;
			}
		}
		return all;
	}

	private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

}

package vn.dvc.portal.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.PortalTime;

/**
 * Where a dossier stands against its deadline: a submitted dossier against the 8 working hours it
 * has to be received in, a received one against its return date. The clock stops while the
 * citizen amends and once the dossier is resolved.
 */
@Component
class DossierDeadlines {

	static final Duration RECEIPT_DUE_SOON = Duration.ofHours(2);

	private final WorkingCalendar calendar;

	DossierDeadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The moment of a check: now, today, and the next working day after today. */
	record Moment(Instant now, LocalDate today, LocalDate nextWorkingDay) {
	}

	Moment at(Instant now) {
		LocalDate today = PortalTime.dayOf(now);
		return new Moment(now, today, this.calendar.addWorkingDays(today, 1));
	}

	static Deadline of(DossierStatus status, Instant receiptDueAt, LocalDate dueDate, Moment moment) {
		return switch (status) {
			case SUBMITTED -> (receiptDueAt == null) ? Deadline.NONE
					: moment.now().isAfter(receiptDueAt) ? Deadline.OVERDUE
					: moment.now().plus(RECEIPT_DUE_SOON).isAfter(receiptDueAt) ? Deadline.DUE_SOON : Deadline.ON_TIME;
			case RECEIVED, IN_PROGRESS -> (dueDate == null) ? Deadline.NONE
					: moment.today().isAfter(dueDate) ? Deadline.OVERDUE
					: !dueDate.isAfter(moment.nextWorkingDay()) ? Deadline.DUE_SOON : Deadline.ON_TIME;
			default -> Deadline.NONE;
		};
	}

}

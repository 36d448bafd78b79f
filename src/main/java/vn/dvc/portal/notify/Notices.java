package vn.dvc.portal.notify;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dvc.portal.account.ActivationIssued;
import vn.dvc.portal.account.PasswordResetIssued;
import vn.dvc.portal.account.RegistrationRepeated;
import vn.dvc.portal.dossier.events.AmendmentRequested;
import vn.dvc.portal.dossier.events.ApologyIssued;
import vn.dvc.portal.dossier.events.DossierAmended;
import vn.dvc.portal.dossier.events.DossierEvent;
import vn.dvc.portal.dossier.events.DossierFacts;
import vn.dvc.portal.dossier.events.DossierReceived;
import vn.dvc.portal.dossier.events.DossierRejected;
import vn.dvc.portal.dossier.events.DossierResolved;
import vn.dvc.portal.dossier.events.DossierSubmitted;
import vn.dvc.portal.dossier.events.DossierWithdrawn;
import vn.dvc.portal.dossier.events.PaymentRequested;
import vn.dvc.portal.dossier.events.PaymentSettled;
import vn.dvc.portal.dossier.events.ProcessingStarted;
import vn.dvc.portal.dossier.events.ResultReturned;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.shared.Dong;

/**
 * Turns what happened into messages for the people concerned. Listeners run synchronously, in the
 * transaction that published the event, so a message exists if and only if its change committed:
 * the outbox is the transactional part, its sender runs after the commit. (That is why these are
 * plain {@code @EventListener}s, not {@code @ApplicationModuleListener}s.)
 */
@Component
class Notices {

	/** Messages go out in Vietnamese: they are read outside the portal, where no language was chosen. */
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Outbox outbox;

	private final MessageSource messages;

	private final NotifyProperties properties;

	Notices(Outbox outbox, MessageSource messages, NotifyProperties properties) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	@EventListener
	void on(ActivationIssued event) {
		if (event.channel() == ActivationIssued.Channel.EMAIL) {
			String link = this.properties.link("/activate?token=" + event.secret());
			this.outbox.email(event.email(), text("mail.activation.subject"),
					text("mail.activation.body", event.fullName(), link));
		}
		else {
			this.outbox.sms(event.phone(), text("sms.activation", event.secret()));
		}
	}

	/** Someone registered this account's ID number again: its owner hears of it, the stranger does not. */
	@EventListener
	void on(RegistrationRepeated event) {
		if (event.email() != null && !event.email().isBlank()) {
			this.outbox.email(event.email(), text("mail.registrationRepeated.subject"),
					text("mail.registrationRepeated.body", event.fullName(), this.properties.link("/login")));
		}
		else if (event.phone() != null && !event.phone().isBlank()) {
			this.outbox.sms(event.phone(), text("sms.registrationRepeated"));
		}
	}

	@EventListener
	void on(PasswordResetIssued event) {
		String link = this.properties.link("/password/reset?token=" + event.secret());
		this.outbox.email(event.email(), text("mail.reset.subject"), text("mail.reset.body", event.fullName(), link));
	}

	@EventListener
	void on(DossierSubmitted event) {
		tell(event, "SUBMITTED", null);
	}

	@EventListener
	void on(DossierReceived event) {
		tell(event, "RECEIVED", null);
	}

	@EventListener
	void on(DossierRejected event) {
		tell(event, "REJECTED", event.reason());
	}

	@EventListener
	void on(AmendmentRequested event) {
		tell(event, "AMENDMENT_REQUESTED", event.reason());
	}

	/** The amended dossier is back with the agency; the message gives the due date if it moved. */
	@EventListener
	void on(DossierAmended event) {
		LocalDate due = event.dossier().dueDate();
		tell(event, "AMENDED", due.equals(event.previousDueDate()) ? null
				: PortalTime.moved(event.previousDueDate(), due));
	}

	@EventListener
	void on(ProcessingStarted event) {
		tell(event, "IN_PROGRESS", null);
	}

	@EventListener
	void on(DossierResolved event) {
		tell(event, "RESOLVED", event.note());
	}

	@EventListener
	void on(ResultReturned event) {
		tell(event, "RETURNED", event.postalItemNumber());
	}

	@EventListener
	void on(DossierWithdrawn event) {
		tell(event, "WITHDRAWN", event.reason());
	}

	@EventListener
	void on(ApologyIssued event) {
		tell(event, "APOLOGY", event.reason());
	}

	/** The officer asked for a payment (issue 13): the amount and the reason, the clock stopped. */
	@EventListener
	void on(PaymentRequested event) {
		tell(event, "PAYMENT_REQUESTED", text("mail.dossier.PAYMENT_REQUESTED.note",
				Dong.format(event.amountVnd()), event.reason()));
	}

	@EventListener
	void on(PaymentSettled event) {
		LocalDate due = event.dossier().dueDate();
		tell(event, "PAID", due.equals(event.previousDueDate()) ? null
				: PortalTime.moved(event.previousDueDate(), due));
	}

	/**
	 * Tells the applicant about a step of their dossier, by e-mail when there is an address, else
	 * by SMS; the messages are {@code mail.dossier.<step>.*} and {@code sms.dossier.<step>}.
	 */
	private void tell(DossierEvent event, String step, String note) {
		DossierFacts dossier = event.dossier();
		DossierFacts.Contact contact = dossier.contact();
		if (dossier.code() == null || contact == null) {
			return;
		}
		String link = this.properties.link("/track?code=" + dossier.code());
		String name = (contact.name() == null) ? "" : contact.name();
		if (contact.email() != null && !contact.email().isBlank()) {
			this.outbox.email(contact.email(), text("mail.dossier." + step + ".subject", dossier.code()),
					text("mail.dossier." + step + ".body", name, dossier.procedureName(), dossier.code(),
							(note == null) ? "" : note) + text("mail.dossier.footer", link));
		}
		else if (contact.phone() != null && !contact.phone().isBlank()) {
			this.outbox.sms(contact.phone(), text("sms.dossier." + step, dossier.code()));
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

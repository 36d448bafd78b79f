package vn.dvc.portal.notify;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dvc.portal.account.ActivationIssued;
import vn.dvc.portal.account.PasswordResetIssued;
import vn.dvc.portal.account.RegistrationRepeated;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierStatusChanged;

/**
 * Turns what happened into messages for the people concerned. Listeners run synchronously, in the
 * transaction that published the event, so a message exists if and only if its change committed.
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

	/**
	 * Tells the applicant about every step of the dossier after the draft: submission, receipt,
	 * amendment request, rejection, result, return, apology.
	 */
	@EventListener
	void on(DossierStatusChanged event) {
		if (event.to() == DossierStatus.DRAFT || event.code() == null) {
			return;
		}
		String kind = event.kind();
		String link = this.properties.link("/track?code=" + event.code());
		String note = (event.note() == null) ? "" : event.note();
		String name = (event.contactName() == null) ? "" : event.contactName();
		if (event.contactEmail() != null && !event.contactEmail().isBlank()) {
			this.outbox.email(event.contactEmail(), text("mail.dossier." + kind + ".subject", event.code()),
					text("mail.dossier." + kind + ".body", name, event.procedureName(), event.code(), note)
							+ text("mail.dossier.footer", link));
		}
		else if (event.contactPhone() != null && !event.contactPhone().isBlank()) {
			this.outbox.sms(event.contactPhone(), text("sms.dossier." + kind, event.code()));
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

package vn.dvc.portal.notify;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dvc.portal.account.ActivationIssued;
import vn.dvc.portal.dossier.DossierSubmitted;

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

	@EventListener
	void on(DossierSubmitted event) {
		String link = this.properties.link("/track?code=" + event.code().value());
		if (event.applicantEmail() != null) {
			this.outbox.email(event.applicantEmail(), text("mail.submitted.subject", event.code().value()),
					text("mail.submitted.body", event.applicantName(), event.procedureName(), event.code().value(), link));
		}
		else if (event.applicantPhone() != null) {
			this.outbox.sms(event.applicantPhone(), text("sms.submitted", event.code().value()));
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}

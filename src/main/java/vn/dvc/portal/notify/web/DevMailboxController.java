package vn.dvc.portal.notify.web;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dvc.portal.notify.DevMailbox;

/**
 * The outbox as a mailbox, so that activation links and notices can be read on a machine without
 * a mail server. It does not exist in production.
 */
@Controller
@Profile("!prod")
class DevMailboxController {

	private final DevMailbox mailbox;

	DevMailboxController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		model.addAttribute("messages", this.mailbox.latest());
		return "notify/mailbox";
	}

}

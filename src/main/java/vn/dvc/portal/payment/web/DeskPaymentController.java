package vn.dvc.portal.payment.web;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierPayments;
import vn.dvc.portal.dossier.IllegalDossierActionException;
import vn.dvc.portal.payment.OrderNotPayableException;
import vn.dvc.portal.payment.Payments;

/** The officer's payment actions on a dossier: ask for an amount, record a payment at the counter. */
@Controller
class DeskPaymentController {

	/** The largest amount an officer may ask for: a typo of extra zeros is refused. */
	static final long MAX_AMOUNT_VND = 100_000_000L;

	private final DossierPayments dossiers;

	private final Payments payments;

	DeskPaymentController(DossierPayments dossiers, Payments payments) {
		this.dossiers = dossiers;
		this.payments = payments;
	}

	@PostMapping("/desk/dossiers/{id}/payment-request")
	String requestPayment(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) Long amountVnd, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.length() > 255) {
			return back(id, redirect, "warningKey", "payment.desk.reasonRequired");
		}
		if (amountVnd == null || amountVnd <= 0 || amountVnd > MAX_AMOUNT_VND) {
			return back(id, redirect, "warningKey", "payment.desk.amountRange");
		}
		try {
			this.dossiers.requestPayment(officer, new DossierId(id), version, amountVnd, reason);
			return back(id, redirect, "successKey", "payment.desk.requested");
		}
		catch (OptimisticLockingFailureException | IllegalDossierActionException | DataIntegrityViolationException ex) {
			return back(id, redirect, "warningKey", "desk.changed");
		}
	}

	@PostMapping("/desk/dossiers/{id}/payments/{orderId}/counter")
	String recordCounterPayment(@PathVariable UUID id, @PathVariable UUID orderId,
			@AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		try {
			this.payments.recordCounterPayment(officer, new DossierId(id), orderId);
			return back(id, redirect, "successKey", "payment.desk.counterRecorded");
		}
		catch (OrderNotPayableException | OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			return back(id, redirect, "warningKey", "desk.changed");
		}
	}

	private static String back(UUID id, RedirectAttributes redirect, String kind, String key) {
		redirect.addFlashAttribute(kind, key);
		return "redirect:/desk/dossiers/" + id;
	}

}

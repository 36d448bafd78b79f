package vn.dvc.portal.payment.web;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.payment.OrderNotPayableException;
import vn.dvc.portal.payment.PaymentProperties;
import vn.dvc.portal.payment.Payments;

/**
 * The citizen pays an order of their dossier. The form posts here; the next page holds the link to
 * the gateway (a form of the portal may only post to the portal, by its content security policy).
 */
@Controller
class CitizenPaymentController {

	private final Payments payments;

	private final PaymentProperties properties;

	CitizenPaymentController(Payments payments, PaymentProperties properties) {
		this.payments = payments;
		this.properties = properties;
	}

	@PostMapping("/my/dossiers/{id}/payments/{orderId}")
	String pay(@PathVariable UUID id, @PathVariable UUID orderId, @AuthenticationPrincipal PortalUser citizen,
			HttpServletRequest request, RedirectAttributes redirect) {
		URI returnUrl = (this.properties.returnUrl() != null) ? this.properties.returnUrl()
				: ServletUriComponentsBuilder.fromCurrentContextPath().path("/payments/vnpay/return").build().toUri();
		try {
			Payments.Checkout checkout = this.payments.checkout(citizen.accountId(), new DossierId(id), orderId,
					request.getRemoteAddr(), returnUrl);
			redirect.addFlashAttribute("gatewayUrl", checkout.gatewayUrl().toString());
			redirect.addFlashAttribute("amountVnd", checkout.amountVnd());
			return "redirect:/my/dossiers/" + id + "/payments/continue";
		}
		catch (OrderNotPayableException ex) {
			redirect.addFlashAttribute("warningKey", "payment.notPayable");
			return "redirect:/my/dossiers/" + id;
		}
	}

	@GetMapping("/my/dossiers/{id}/payments/continue")
	String proceed(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("gatewayUrl")) {
			return "redirect:/my/dossiers/" + id;
		}
		model.addAttribute("dossierId", id);
		model.addAttribute("testGateway", !this.properties.vnpay().configured());
		return "payment/continue";
	}

}

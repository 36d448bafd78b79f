package vn.dvc.portal.payment.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.payment.Payments;
import vn.dvc.portal.payment.vnpay.VnpayProtocol.IpnAnswer;

/**
 * The gateway's two callbacks. The IPN, server to server, is the one that settles a payment and
 * answers in VNPay's JSON; the browser's return only shows what the portal has recorded.
 */
@Controller
class PaymentCallbackController {

	private static final Logger log = LoggerFactory.getLogger(PaymentCallbackController.class);

	private final Payments payments;

	PaymentCallbackController(Payments payments) {
		this.payments = payments;
	}

	@GetMapping("/payments/vnpay/ipn")
	ResponseEntity<String> ipn(@RequestParam Map<String, String> parameters) {
		IpnAnswer answer;
		try {
			answer = this.payments.confirm(parameters);
		}
		catch (RuntimeException ex) {
			// VNPay retries on 99; the cause is logged without the parameters, which name the payer.
			log.warn("Payment confirmation failed: {}", ex.getClass().getSimpleName());
			answer = IpnAnswer.OTHER;
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.json());
	}

	@GetMapping("/payments/vnpay/return")
	String returned(@RequestParam Map<String, String> parameters, Model model) {
		Payments.ReturnView view = this.payments.returned(parameters);
		model.addAttribute("result", view.result().name());
		model.addAttribute("dossierId", view.dossierId());
		return "payment/return";
	}

}

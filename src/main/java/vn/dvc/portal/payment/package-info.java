/**
 * Fees paid online (issue 13): payment orders per dossier and amount, their attempts at a payment
 * gateway behind {@link vn.dvc.portal.payment.PaymentGateway} (VNPay 2.1.0 now, the national payment
 * platform later), the gateway's signed server-to-server confirmation (IPN) as the only thing that
 * marks an order paid, the electronic receipt in the payer's document store, the query job for
 * attempts whose confirmation never came, and the amounts collected per agency and month.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments", allowedDependencies = { "shared",
		"dossier :: api", "dossier :: events", "catalog", "documents", "account" })
package vn.dvc.portal.payment;

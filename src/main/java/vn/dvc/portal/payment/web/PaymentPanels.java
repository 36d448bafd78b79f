package vn.dvc.portal.payment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.dvc.portal.dossier.DeskRow;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.payment.Payments;

/**
 * What the dossier module's pages show of payments, read by their fragments as {@code @paymentPanels}:
 * the dossier pages and the desk queue include a fragment of this module rather than the dossier
 * module knowing about payments. Only pages that already checked who may see the dossier use it.
 */
@Component("paymentPanels")
public class PaymentPanels {

	private final Payments payments;

	PaymentPanels(Payments payments) {
		this.payments = payments;
	}

	public List<Payments.OrderView> orders(DossierId dossierId) {
		return this.payments.ordersOf(dossierId);
	}

	public boolean onlinePaymentAvailable() {
		return this.payments.onlinePaymentAvailable();
	}

	/** PAID or UNPAID per dossier of the queue's page; dossiers that owe nothing are absent. */
	public Map<UUID, String> marks(List<DeskRow> rows) {
		return this.payments.marks(rows.stream().map(row -> row.id().value()).toList());
	}

}

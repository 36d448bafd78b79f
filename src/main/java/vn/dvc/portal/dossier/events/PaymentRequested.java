package vn.dvc.portal.dossier.events;

/**
 * The officer asked for a financial obligation (national status 6, "Yêu cầu thực hiện nghĩa vụ tài
 * chính"): an amount to pay, with its reason. The clock stops until it is paid.
 */
public record PaymentRequested(DossierFacts dossier, Step step, long amountVnd, String reason) implements DossierEvent {
}

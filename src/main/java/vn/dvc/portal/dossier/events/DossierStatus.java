package vn.dvc.portal.dossier.events;

import java.util.OptionalInt;

/**
 * Where a dossier is in its life. Each state maps to the national portal's status code, except
 * the draft that only its author sees.
 */
public enum DossierStatus {

	DRAFT(0), SUBMITTED(1), RECEIVED(2), REJECTED(3), IN_PROGRESS(4), AMENDMENT_REQUESTED(5), PAYMENT_REQUESTED(6),
	WITHDRAWN(7),
	RESOLVED(9), RETURNED(10);

	private final int nationalCode;

	DossierStatus(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	/** The status code of the national public service portal (1 Mới đăng ký ... 10 Đã trả kết quả). */
	public OptionalInt nationalCode() {
		return (this.nationalCode == 0) ? OptionalInt.empty() : OptionalInt.of(this.nationalCode);
	}

	public boolean isFinal() {
		return this == REJECTED || this == WITHDRAWN || this == RETURNED;
	}

}

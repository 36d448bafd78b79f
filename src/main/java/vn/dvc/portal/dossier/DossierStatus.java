package vn.dvc.portal.dossier;

import java.util.OptionalInt;

/**
 * Where a dossier is in its life. Each state maps to the national portal's status code, except
 * the draft that only its author sees.
 */
public enum DossierStatus {

	DRAFT(0), SUBMITTED(1), RECEIVED(2), REJECTED(3), IN_PROGRESS(4), AMENDMENT_REQUESTED(5), WITHDRAWN(7),
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

	/**
	 * Names a step of a dossier's life for its history line and its notice: the target state, except
	 * APOLOGY for a letter of apology, which changes no state, and AMENDED for the citizen's amended
	 * dossier coming back.
	 */
	public static String stepKind(DossierStatus from, DossierStatus to) {
		if (from == to) {
			return "APOLOGY";
		}
		if (from == AMENDMENT_REQUESTED && to == RECEIVED) {
			return "AMENDED";
		}
		return to.name();
	}

}

package vn.dvc.portal.dossier;

/** How the result reached the citizen. */
public enum ReturnMethod {

	/** Trả tại bộ phận một cửa. */
	COUNTER,

	/** Qua dịch vụ bưu chính công ích (BCCI). */
	POSTAL

}

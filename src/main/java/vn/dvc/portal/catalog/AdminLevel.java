package vn.dvc.portal.catalog;

/** The administrative level that resolves a procedure (annexes 1, 2 and 3 of the province's list). */
public enum AdminLevel {

	PROVINCE, DISTRICT, COMMUNE

}

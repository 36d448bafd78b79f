package vn.dvc.portal.catalog;

/** How much of a procedure can be done online (Decree 42/2022, replacing the old levels 3 and 4). */
public enum ServiceLevel {

	/** Dịch vụ công trực tuyến toàn trình: everything online, the old level 4. */
	FULL_ONLINE,

	/** Dịch vụ công trực tuyến một phần: filed online, some steps in person, the old level 3. */
	PARTIAL_ONLINE

}

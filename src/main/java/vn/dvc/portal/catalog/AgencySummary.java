package vn.dvc.portal.catalog;

/** An agency as the public and other modules see it. */
public record AgencySummary(AgencyId id, String code, String name, AdminLevel adminLevel, String address,
		String hotline, String email, String supportContact) {
}

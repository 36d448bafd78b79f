package vn.dvc.portal.catalog;

/**
 * An agency to create.
 *
 * @param code the agency's identifier in dossier codes, like {@code 000.00.20.H27}
 */
public record NewAgency(String code, String name, AdminLevel adminLevel, String address, String hotline, String email,
		String supportContact) {
}

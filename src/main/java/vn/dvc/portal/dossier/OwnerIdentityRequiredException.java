package vn.dvc.portal.dossier;

/**
 * A counter intake whose owner has neither an ID number nor the birth year, issue date and issuer
 * that stand in for it (Decree 107/2021): the scans could not be filed under anyone.
 */
public class OwnerIdentityRequiredException extends RuntimeException {

	public OwnerIdentityRequiredException() {
		super("The owner has no ID number and no other identity");
	}

}

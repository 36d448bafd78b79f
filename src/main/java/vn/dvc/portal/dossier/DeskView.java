package vn.dvc.portal.dossier;

/**
 * The dossier as the officer's page shows it.
 *
 * @param applicantIdNumber the ID number of the account that filed it, to check against the owner's
 * papers; null for a paper dossier of a person without an account
 */
public record DeskView(DossierView dossier, Deadline deadline, String applicantIdNumber, OwnerIdentity ownerIdentity,
		boolean amendmentStillPossible) {
}

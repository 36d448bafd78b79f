package vn.dvc.portal.dossier;

import java.util.Set;

/**
 * The dossier as the officer's page shows it.
 *
 * @param applicantIdNumber the ID number of the account that filed it, to check against the owner's
 * papers; null for a paper dossier of a person without an account
 * @param actions what the officer may do with it now ({@link Dossier#allowedActions})
 */
public record DeskView(DossierView dossier, Deadline deadline, String applicantIdNumber, OwnerIdentity ownerIdentity,
		boolean amendmentStillPossible, Set<DossierAction> actions) {

	public DeskView {
		actions = Set.copyOf(actions);
	}

	/** Whether the action (a {@link DossierAction} name, checked) is allowed now. */
	public boolean may(String action) {
		return this.actions.contains(DossierAction.valueOf(action));
	}

}

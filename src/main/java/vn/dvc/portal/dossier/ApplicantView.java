package vn.dvc.portal.dossier;

import java.util.Set;

/** The applicant's page of a dossier: the dossier and what the applicant may do with it now. */
public record ApplicantView(DossierView dossier, Set<DossierAction> actions) {

	public ApplicantView {
		actions = Set.copyOf(actions);
	}

	/** Whether the action (a {@link DossierAction} name, checked) is allowed now. */
	public boolean may(String action) {
		return this.actions.contains(DossierAction.valueOf(action));
	}

}

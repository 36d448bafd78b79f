package vn.dvc.portal.dossier;

/**
 * What a person may do with a dossier, as {@link Dossier#allowedActions} decides from its state: the
 * pages show the actions it allows, and the aggregate's steps refuse the others.
 */
public enum DossierAction {

	/** At the desk. */
	RECEIVE, REJECT, REQUEST_AMENDMENT, START_PROCESSING, RESOLVE, RETURN_RESULT, APOLOGISE,

	/** The applicant. */
	AMEND, WITHDRAW

}

package vn.dvc.portal.dossier;

/** The parts of the dossier form an amendment request can reopen, besides documents. */
public enum AmendableField {

	SUBMITTER, OWNER, CONTENT, RECIPIENT

}

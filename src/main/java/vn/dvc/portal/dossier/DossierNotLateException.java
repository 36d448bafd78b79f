package vn.dvc.portal.dossier;

import vn.dvc.portal.dossier.events.DossierStatus;

/** A letter of apology is for a dossier past its due date; this one is still on time. */
public class DossierNotLateException extends IllegalDossierActionException {

	public DossierNotLateException(DossierStatus status) {
		super(status, "apologise for a dossier on time");
	}

}

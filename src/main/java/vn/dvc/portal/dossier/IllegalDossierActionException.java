package vn.dvc.portal.dossier;

import org.springframework.modulith.NamedInterface;

import vn.dvc.portal.dossier.events.DossierStatus;

/** The dossier's current state does not allow what was asked, e.g. editing a submitted dossier. */
@NamedInterface("api")
public class IllegalDossierActionException extends RuntimeException {

	private final DossierStatus status;

	private final String action;

	public IllegalDossierActionException(DossierStatus status, String action) {
		super("Cannot " + action + " a dossier in state " + status);
		this.status = status;
		this.action = action;
	}

	public DossierStatus status() {
		return this.status;
	}

	public String action() {
		return this.action;
	}

}

package vn.dvc.portal.dossier;

/** A dossier may be sent back for amendment only once (Decree 61/2018, article 19). */
public class AmendmentAlreadyRequestedException extends RuntimeException {

	public AmendmentAlreadyRequestedException() {
		super("This dossier has already had its one amendment request");
	}

}

package vn.dvc.portal.dossier;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import vn.dvc.portal.account.PortalUser;

/**
 * A dossier as another module may read it, checked each time against who asks: the applicant sees
 * their own, an officer their agency's, nobody else anything ({@code NotFoundException}). Part of
 * the module's narrow API ({@code dossier :: api}), so that no other module needs the citizen's or
 * the desk's services and what they return.
 */
@Service
@NamedInterface("api")
public class DossierAccess {

	private final CitizenDossiers citizens;

	private final DeskDossiers desk;

	DossierAccess(CitizenDossiers citizens, DeskDossiers desk) {
		this.citizens = citizens;
		this.desk = desk;
	}

	/** The applicant's own dossier. */
	public DossierView ofApplicant(Actor applicant, DossierId id) {
		return this.citizens.view(applicant, id);
	}

	/** A dossier of the officer's agency. */
	public DossierView atDesk(PortalUser officer, DossierId id) {
		return this.desk.view(officer, id).dossier();
	}

}

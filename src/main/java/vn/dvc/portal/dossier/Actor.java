package vn.dvc.portal.dossier;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import vn.dvc.portal.account.PortalUser;

/** Who did something to a dossier, as the history shows it. */
@NamedInterface("api")
public record Actor(UUID accountId, String name) {

	/** The signed-in citizen or officer, named as the history shows them. */
	public static Actor of(PortalUser user) {
		return new Actor(user.accountId().value(), user.displayName());
	}

}

package vn.dvc.portal.dossier;

import java.util.UUID;

/** Who did something to a dossier, as the history shows it. */
public record Actor(UUID accountId, String name) {
}

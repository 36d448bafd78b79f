package vn.dvc.portal.dossier;

import java.time.Instant;

import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierStatus;

/** What anyone may learn from a dossier's code: no names, no numbers, no content. */
public record TrackingView(String code, String procedureName, String agencyName, DossierStatus status, Channel channel,
		Instant submittedAt, Instant lastChangedAt) {
}

package vn.dvc.portal.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A publication as the administration page and the public catalogue show it. */
public record PublicationSummary(UUID id, String decisionNumber, LocalDate decisionDate, LocalDate effectiveFrom,
		Instant publishedAt, String publishedBy, long procedures) {
}

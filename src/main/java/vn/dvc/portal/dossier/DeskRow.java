package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierStatus;

/** A row of the desk's queue. */
@NamedInterface("api")
public record DeskRow(DossierId id, String code, String procedureName, String ownerName, Channel channel,
		DossierStatus status, Instant submittedAt, Instant receiptDueAt, LocalDate dueDate, Deadline deadline) {
}

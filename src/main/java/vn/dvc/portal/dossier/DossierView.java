package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierStatus;

/**
 * Everything the dossier page shows to someone allowed to see the dossier.
 *
 * @param amendment the amendment request, null if none was ever made
 * @param setAside files replaced during the amendment, kept for the record
 */
@NamedInterface("api")
public record DossierView(DossierId id, String code, DossierStatus status, Channel channel, String procedureCode,
		String procedureName, UUID procedureId, String agencyName, UUID applicantId, Party submitter, Party owner,
		String content, boolean postalReturn, PostalRecipient recipient, Instant createdAt, Instant updatedAt,
		Instant submittedAt, long version, List<Document> documents, List<String> missingDocuments, List<Step> history,
		Dates dates, AmendmentView amendment, List<Result> results, List<Apology> apologies, List<Document> setAside,
		Outcome outcome) {

	/** A file given for a requirement. */
	public record Document(UUID attachmentId, UUID requirementId, String requirementName, String fileName,
			FileFormat format, long sizeBytes, String sha256, Instant addedAt, boolean amendment) {
	}

	/** One step of the history. */
	public record Step(Instant at, String actorName, DossierStatus from, DossierStatus to, String note) {

		/**
		 * What happened, as the history names it: the state reached, except APOLOGY for a letter of
		 * apology, which changes no state, and AMENDED for the amended dossier coming back.
		 */
		public String kind() {
			if (this.from == this.to) {
				return "APOLOGY";
			}
			if (this.from == DossierStatus.AMENDMENT_REQUESTED && this.to == DossierStatus.RECEIVED) {
				return "AMENDED";
			}
			if (this.from == DossierStatus.PAYMENT_REQUESTED) {
				return "PAID";
			}
			return this.to.name();
		}

	}

	/** The dossier's deadlines and milestones. */
	public record Dates(Instant receiptDueAt, Instant receivedAt, LocalDate originalDueDate, LocalDate dueDate,
			Instant processingStartedAt, Instant resolvedAt, Instant returnedAt, Instant closedAt) {

		public boolean dueDateMoved() {
			return this.dueDate != null && !this.dueDate.equals(this.originalDueDate);
		}

	}

	/** A result document with its document code. */
	public record Result(UUID resultId, String documentCode, String fileName, long sizeBytes, Instant addedAt) {
	}

	/** A letter of apology for lateness, with the new return date. */
	public record Apology(UUID id, Instant issuedAt, String issuedBy, String reason, LocalDate newReturnDate) {
	}

	/** How the dossier ended or was handed back. */
	public record Outcome(String resolutionNote, ReturnMethod returnMethod, String postalItemNumber,
			LocalDate dispatchDate, String closingReason) {
	}

	/** What the citizen wrote, as it stands. */
	public DossierContent writtenContent() {
		return new DossierContent(this.submitter, this.owner, this.content, this.postalReturn, this.recipient);
	}

	/**
	 * What the dossier will hold once amended by what the citizen typed: only the parts the request
	 * named are taken, by the rule the aggregate applies ({@link DossierContent#amendedBy}).
	 */
	public DossierContent amendedBy(DossierContent typed) {
		return writtenContent().amendedBy(typed, (this.amendment != null) ? this.amendment.fields() : List.of());
	}

	public boolean isDraft() {
		return this.status == DossierStatus.DRAFT;
	}

	public List<Document> documentsFor(UUID requirementId) {
		return this.documents.stream().filter(document -> requirementId.equals(document.requirementId())).toList();
	}

	public boolean amendmentRequested() {
		return this.amendment != null;
	}

	/** The return date the citizen holds now: the latest apology's, or the due date. */
	public LocalDate promisedReturnDate() {
		return this.apologies.isEmpty() ? this.dates.dueDate() : this.apologies.get(this.apologies.size() - 1).newReturnDate();
	}

}

package vn.dvc.portal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.shared.db.AssignedIdEntity;

/**
 * An electronic document in a person's store (kho dữ liệu): a paper document digitised at the
 * counter, or the result of a procedure. It carries the metadata Decree 107/2021 requires.
 */
@Entity
@Table(name = "personal_document")
class PersonalDocument extends AssignedIdEntity {

	@Id
	private UUID id;

	private UUID fileId;

	@Enumerated(EnumType.STRING)
	private StoredDocumentKind kind;

	private String ownerIdNumber;

	private String ownerName;

	private Integer ownerBirthYear;

	private LocalDate ownerIdIssueDate;

	private String ownerIdIssuer;

	private String typeCode;

	private String name;

	private String summary;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private String scope;

	private String documentCode;

	private String sourceDossierCode;

	private Instant createdAt;

	protected PersonalDocument() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	PersonalDocument(UUID fileId, StoredDocumentKind kind, DocumentMetadata metadata, String documentCode,
			String sourceDossierCode, Instant now) {
		this.id = Ids.next();
		this.fileId = fileId;
		this.kind = kind;
		this.ownerIdNumber = metadata.owner().idNumber();
		this.ownerName = metadata.owner().name();
		this.ownerBirthYear = metadata.owner().birthYear();
		this.ownerIdIssueDate = metadata.owner().idIssueDate();
		this.ownerIdIssuer = metadata.owner().idIssuer();
		this.typeCode = metadata.typeCode();
		this.name = metadata.name();
		this.summary = metadata.summary();
		this.validFrom = metadata.validFrom();
		this.validUntil = metadata.validUntil();
		this.scope = metadata.scope();
		this.documentCode = documentCode;
		this.sourceDossierCode = sourceDossierCode;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	String ownerIdNumber() {
		return this.ownerIdNumber;
	}

	UUID fileId() {
		return this.fileId;
	}

	PersonalDocumentView view(StoredDocument file) {
		return new PersonalDocumentView(this.id, this.kind,
				new DocumentMetadata(new DocumentMetadata.Owner(this.ownerIdNumber, this.ownerName, this.ownerBirthYear,
						this.ownerIdIssueDate, this.ownerIdIssuer), this.typeCode, this.name, this.summary, this.validFrom,
						this.validUntil, this.scope),
				this.documentCode, this.sourceDossierCode, this.createdAt, file);
	}

}

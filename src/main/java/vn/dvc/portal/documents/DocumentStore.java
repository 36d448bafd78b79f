package vn.dvc.portal.documents;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal document store (kho dữ liệu): digitised documents and results, kept for their owner
 * and reusable in later dossiers. A document belongs to the ID number it was issued for; the
 * account whose login is that number sees it.
 */
@Service
public class DocumentStore {

	private final PersonalDocuments documents;

	private final Documents files;

	private final Clock clock;

	DocumentStore(PersonalDocuments documents, Documents files, Clock clock) {
		this.documents = documents;
		this.files = files;
		this.clock = clock;
	}

	/** Files a digitised paper document in its owner's store. */
	@Transactional
	public PersonalDocumentView addDigitised(UUID fileId, DocumentMetadata metadata, String dossierCode) {
		return save(new PersonalDocument(fileId, StoredDocumentKind.DIGITISED, metadata, null, dossierCode,
				this.clock.instant()));
	}

	/**
	 * Files a result with its document code: the owner's ID number and the result type code (Decree
	 * 107/2021), made unique with a counter when the owner already holds a result of that type.
	 * Without an ID number the dossier code stands in for it.
	 */
	@Transactional
	public PersonalDocumentView addResult(UUID fileId, DocumentMetadata metadata, String dossierCode) {
		String identity = (metadata.owner().idNumber() != null) ? metadata.owner().idNumber() : dossierCode;
		String base = identity + "-" + metadata.typeCode();
		String code = base;
		for (int n = 2; this.documents.existsByDocumentCode(code); n++) {
			code = base + "-" + n;
		}
		return save(new PersonalDocument(fileId, StoredDocumentKind.RESULT, metadata, code, dossierCode,
				this.clock.instant()));
	}

	/** Files the electronic receipt of a payment in the payer's store. */
	@Transactional
	public PersonalDocumentView addReceipt(UUID fileId, DocumentMetadata metadata, String dossierCode) {
		return save(new PersonalDocument(fileId, StoredDocumentKind.RECEIPT, metadata, null, dossierCode,
				this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<PersonalDocumentView> documentsOf(String ownerIdNumber) {
		if (ownerIdNumber == null || ownerIdNumber.isBlank()) {
			return List.of();
		}
		return this.documents.findByOwnerIdNumberOrderByCreatedAtDesc(ownerIdNumber)
			.stream()
			.map(document -> document.view(this.files.find(document.fileId()).orElseThrow()))
			.toList();
	}

	/** The document, if it belongs to that ID number; anyone else's is answered as absent. */
	@Transactional(readOnly = true)
	public Optional<PersonalDocumentView> documentOf(String ownerIdNumber, UUID documentId) {
		return this.documents.findById(documentId)
			.filter(document -> ownerIdNumber != null && ownerIdNumber.equals(document.ownerIdNumber()))
			.map(document -> document.view(this.files.find(document.fileId()).orElseThrow()));
	}

	@Transactional(readOnly = true)
	public Optional<Documents.Content> openFor(String ownerIdNumber, UUID documentId) {
		return documentOf(ownerIdNumber, documentId).flatMap(document -> this.files.open(document.file().id()));
	}

	private PersonalDocumentView save(PersonalDocument document) {
		PersonalDocument saved = this.documents.save(document);
		return saved.view(this.files.find(saved.fileId()).orElseThrow());
	}

}

package vn.dvc.portal.documents;

/** Where a document of the personal store comes from. */
public enum StoredDocumentKind {

	/** A paper document turned into an e-document at the counter (số hóa). */
	DIGITISED,

	/** The result of a procedure, with its document code. */
	RESULT,

	/** An electronic receipt of a fee or charge paid for a dossier (issue 13). */
	RECEIPT

}

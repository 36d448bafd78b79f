package vn.dvc.portal.documents;

/** An upload that the store refused; nothing of it is kept. */
public class UploadRejectedException extends RuntimeException {

	/** Why; each reason has a message for the person who uploaded. */
	public enum Reason {

		EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED,

		/** An old binary Word or Excel file (.doc, .xls): to be saved as DOCX or PDF. */
		LEGACY_OFFICE,

		/** A document with macros or other active content (.docm, .xlsm, ActiveX). */
		MACRO,

		/** A document protected by a password, which nobody at the agency could open. */
		ENCRYPTED,

		/** An archive that unpacks far beyond its size or holds too many entries: a zip bomb. */
		SUSPICIOUS_ARCHIVE,

		/** An archive whose entry names climb out of it ("../"), are absolute or repeat. */
		UNSAFE_ENTRY_NAMES,

		/** A file whose type is known but whose content cannot be read. */
		DAMAGED

	}

	private final Reason reason;

	private final String fileName;

	public UploadRejectedException(Reason reason, String fileName) {
		super("Upload refused: " + reason);
		this.reason = reason;
		this.fileName = fileName;
	}

	public Reason reason() {
		return this.reason;
	}

	public String fileName() {
		return this.fileName;
	}

}

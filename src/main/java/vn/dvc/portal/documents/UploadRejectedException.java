package vn.dvc.portal.documents;

/** An upload that the store refused; nothing of it is kept. */
public class UploadRejectedException extends RuntimeException {

	/** Why; each reason has a message for the person who uploaded. */
	public enum Reason {

		EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED

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

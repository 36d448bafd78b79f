package vn.dvc.portal.catalog;

/** A list cannot be published; the key says why, for the page. */
public class PublicationRefusedException extends RuntimeException {

	private final String reasonKey;

	public PublicationRefusedException(String reasonKey) {
		super("Publication refused: " + reasonKey);
		this.reasonKey = reasonKey;
	}

	public String reasonKey() {
		return this.reasonKey;
	}

}

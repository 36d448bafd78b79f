package vn.dvc.portal.shared;

/**
 * Thrown when a thing does not exist or the person asking may not know that it exists; both answer
 * 404 so that nobody can probe for other people's records.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}

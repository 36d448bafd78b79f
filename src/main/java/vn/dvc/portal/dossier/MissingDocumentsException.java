package vn.dvc.portal.dossier;

import java.util.List;

/** A dossier was submitted without some of the documents its procedure requires. */
public class MissingDocumentsException extends RuntimeException {

	private final List<String> missing;

	public MissingDocumentsException(List<String> missing) {
		super(missing.size() + " required documents missing");
		this.missing = List.copyOf(missing);
	}

	/** The names of the missing document requirements, in the procedure's order. */
	public List<String> missing() {
		return this.missing;
	}

}

package vn.dvc.portal.dossier;

import java.util.List;

/** A dossier was submitted with facts missing that the agency needs (owner, postal recipient). */
public class IncompleteDossierException extends RuntimeException {

	private final List<String> fields;

	public IncompleteDossierException(List<String> fields) {
		super("Dossier incomplete: " + fields);
		this.fields = List.copyOf(fields);
	}

	/** The form fields that are missing, by their form names. */
	public List<String> fields() {
		return this.fields;
	}

}

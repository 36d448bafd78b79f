package vn.dvc.portal.dossier;

/** A result cannot have been posted before it existed, nor after today. */
public class DispatchDateOutOfRangeException extends IllegalArgumentException {

	public DispatchDateOutOfRangeException() {
		super("The dispatch date lies between the day of the result and today");
	}

}

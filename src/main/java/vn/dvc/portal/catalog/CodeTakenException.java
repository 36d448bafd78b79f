package vn.dvc.portal.catalog;

/** Another agency or procedure already has this code. */
public class CodeTakenException extends RuntimeException {

	public CodeTakenException() {
		super("Code already in use");
	}

}

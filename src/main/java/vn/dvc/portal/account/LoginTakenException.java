package vn.dvc.portal.account;

/** An account with this ID number already exists. */
public class LoginTakenException extends RuntimeException {

	public LoginTakenException() {
		super("An account with this login already exists");
	}

}

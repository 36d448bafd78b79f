package vn.dvc.portal.account;

/** A sign-in with the e-identity that must not go on; the reason says which page to show. */
public class ElectronicIdRefusedException extends RuntimeException {

	private final ElectronicIdRefusal reason;

	public ElectronicIdRefusedException(ElectronicIdRefusal reason) {
		super(reason.name());
		this.reason = reason;
	}

	public ElectronicIdRefusal reason() {
		return this.reason;
	}

}

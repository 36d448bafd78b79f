package vn.dvc.portal.dossier.events;

/** How a dossier reached the agency, with the national portal's channel codes. */
public enum Channel {

	COUNTER(1), ONLINE(2), POSTAL(3);

	private final int nationalCode;

	Channel(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	public int nationalCode() {
		return this.nationalCode;
	}

}

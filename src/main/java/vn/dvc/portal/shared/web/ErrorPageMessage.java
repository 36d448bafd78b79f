package vn.dvc.portal.shared.web;

/**
 * How a filter, which runs outside the controllers' error handling, names the message that the
 * error page it sends the person to shows.
 */
public final class ErrorPageMessage {

	/** Request attribute holding the message key. */
	public static final String ATTRIBUTE = "vn.dvc.portal.error.messageKey";

	private ErrorPageMessage() {
	}

}

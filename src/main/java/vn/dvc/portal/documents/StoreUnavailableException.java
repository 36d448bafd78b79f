package vn.dvc.portal.documents;

import java.io.IOException;

/**
 * The file store could not write (the disk is full, or it is not writable). Not the person's
 * fault: nothing of the change that carried the file is kept, and they may try again later.
 */
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(IOException cause) {
		super("The file store cannot write: " + cause.getClass().getSimpleName(), cause);
	}

	/** Whether the disk is full, as opposed to another failure to write. */
	public boolean diskFull() {
		return diskFull(getCause());
	}

	/** Whether this failure, or one it was caused by, says the disk is full. */
	static boolean diskFull(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("No space left on device")) {
				return true;
			}
		}
		return false;
	}

}

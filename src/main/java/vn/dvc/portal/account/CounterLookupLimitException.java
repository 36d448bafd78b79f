package vn.dvc.portal.account;

/** An officer made more look-ups of citizens in the last hour than a counter needs. */
public class CounterLookupLimitException extends RuntimeException {

	public CounterLookupLimitException() {
		super("Too many look-ups of citizens");
	}

}

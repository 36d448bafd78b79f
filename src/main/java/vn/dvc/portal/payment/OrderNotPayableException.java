package vn.dvc.portal.payment;

/** The order cannot be paid (any more): it is paid, or expired. */
public class OrderNotPayableException extends RuntimeException {

	OrderNotPayableException(String status) {
		super("The payment order is " + status);
	}

}

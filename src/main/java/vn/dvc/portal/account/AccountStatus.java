package vn.dvc.portal.account;

/** Whether an account can be used to log in. */
public enum AccountStatus {

	PENDING_ACTIVATION, ACTIVE, DISABLED

}

package vn.dvc.portal.account;

/** What an account may do on the portal. */
public enum Role {

	/** Công dân, tổ chức: files and follows dossiers. */
	CITIZEN,

	/** Cán bộ một cửa: works the queue of one agency. */
	OFFICER,

	/** Quản trị: publishes the catalogue, manages agencies and officers. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}

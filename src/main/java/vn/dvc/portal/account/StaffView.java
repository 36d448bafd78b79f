package vn.dvc.portal.account;

import java.util.UUID;

/** An officer or administrator account, as the administration page lists it. */
public record StaffView(AccountId id, String login, String fullName, Role role, UUID agencyId, String email,
		AccountStatus status) {
}

package vn.dvc.portal.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the new hash that a successful login made of a password hashed with older parameters. */
@Component
class PasswordUpgrades implements UserDetailsPasswordService {

	private final Accounts accounts;

	PasswordUpgrades(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		return this.accounts.findByLogin(user.getUsername()).map(account -> {
			account.changePassword(newPassword);
			return (UserDetails) PortalUser.of(account);
		}).orElse(user);
	}

}

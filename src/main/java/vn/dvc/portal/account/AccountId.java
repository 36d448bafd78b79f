package vn.dvc.portal.account;

import java.util.UUID;

/** Identifies an account; keeps account ids from being mixed up with other ids. */
public record AccountId(UUID value) {

	public AccountId {
		if (value == null) {
			throw new IllegalArgumentException("An account id needs a value");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}

package vn.dvc.portal.catalog;

import java.util.UUID;

/** Identifies an agency (cơ quan). */
public record AgencyId(UUID value) {

	public AgencyId {
		if (value == null) {
			throw new IllegalArgumentException("An agency id needs a value");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}

package vn.dvc.portal.catalog;

import java.util.UUID;

/** Identifies a procedure (thủ tục hành chính) of the catalogue. */
public record ProcedureId(UUID value) {

	public ProcedureId {
		if (value == null) {
			throw new IllegalArgumentException("A procedure id needs a value");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}

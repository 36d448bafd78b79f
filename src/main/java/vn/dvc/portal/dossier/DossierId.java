package vn.dvc.portal.dossier;

import java.util.UUID;

/** Identifies a dossier in URLs and between modules; people use the {@link DossierCode}. */
public record DossierId(UUID value) {

	public DossierId {
		if (value == null) {
			throw new IllegalArgumentException("A dossier id needs a value");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}

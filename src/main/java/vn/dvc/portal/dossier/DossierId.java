package vn.dvc.portal.dossier;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** Identifies a dossier in URLs and between modules; people use the {@link DossierCode}. */
@NamedInterface("api")
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

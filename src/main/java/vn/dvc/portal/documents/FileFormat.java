package vn.dvc.portal.documents;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the portal accepts, recognised by their bytes, never by their names. */
public enum FileFormat {

	PDF("application/pdf", "PDF"), JPEG("image/jpeg", "JPG"), PNG("image/png", "PNG");

	private final String mediaType;

	private final String label;

	FileFormat(String mediaType, String label) {
		this.mediaType = mediaType;
		this.label = label;
	}

	public static Optional<FileFormat> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** What people call it: PDF, JPG, PNG. */
	public String label() {
		return this.label;
	}

}

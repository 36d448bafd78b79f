package vn.dvc.portal.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats the portal accepts, recognised by their bytes, never by their names. Word and
 * spreadsheet documents are accepted in their open formats only (Office Open XML and OpenDocument),
 * without macros: many procedures give their forms as templates that people fill in.
 */
public enum FileFormat {

	PDF("application/pdf", "PDF", "pdf"), JPEG("image/jpeg", "JPG", "jpg"), PNG("image/png", "PNG", "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "xlsx"),
	ODT("application/vnd.oasis.opendocument.text", "ODT", "odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ODS", "ods");

	private final String mediaType;

	private final String label;

	private final String extension;

	FileFormat(String mediaType, String label, String extension) {
		this.mediaType = mediaType;
		this.label = label;
		this.extension = extension;
	}

	public static Optional<FileFormat> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** What people call it: PDF, JPG, DOCX... */
	public String label() {
		return this.label;
	}

	/**
	 * The usual file name extension, with its dot, for the browser's file picker; JPEG files are
	 * also named ".jpeg".
	 */
	public String extension() {
		return "." + this.extension;
	}

	/**
	 * The file picker's {@code accept} list of this format: its media type and extensions, since
	 * some systems give Office files no media type.
	 */
	public String accept() {
		return (this == JPEG) ? this.mediaType + ",.jpg,.jpeg" : this.mediaType + "," + extension();
	}

}

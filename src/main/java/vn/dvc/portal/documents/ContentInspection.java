package vn.dvc.portal.documents;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipException;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import org.springframework.stereotype.Component;

import vn.dvc.portal.documents.UploadRejectedException.Reason;

/**
 * Tells an uploaded file's format from its bytes, once it is written whole to a temporary file.
 * Tika's reading of the first bytes is enough for PDF and pictures. Word and spreadsheet files are
 * containers whose head says only "a zip" or "an OLE2 file", so those are opened: a zip is read as
 * an {@link OfficeArchive}; an OLE2 file is either an old binary .doc/.xls (refused, to be saved as
 * DOCX or PDF) or a password-protected DOCX/XLSX, which Office wraps in OLE2 (refused as encrypted).
 */
@Component
class ContentInspection {

	private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

	private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

	private static final Set<FileFormat> READ_FROM_HEAD = Set.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG);

	private final ArchiveLimits limits;

	ContentInspection(ArchiveLimits limits) {
		this.limits = limits;
	}

	/**
	 * The file's format, if it is one of those accepted.
	 * @param detected the media type Tika read from the file's first bytes
	 * @throws UploadRejectedException when it is not accepted, or is an Office file the portal
	 * refuses whatever is accepted (old binary, macros, encrypted, suspicious archive)
	 */
	FileFormat identify(String detected, Path file, String fileName, Set<FileFormat> accepted) {
		MediaType type = MediaType.parse(detected);
		FileFormat format;
		try {
			if (type != null && TYPES.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
				try (OfficeArchive archive = OfficeArchive.open(file, fileName, this.limits)) {
					format = archive.format();
					requireAccepted(format, accepted, fileName);
					archive.checkExpansion();
				}
			}
			else if (type != null && TYPES.isInstanceOf(type, OLE2)) {
				throw new UploadRejectedException(encrypted(file) ? Reason.ENCRYPTED : Reason.LEGACY_OFFICE, fileName);
			}
			else {
				format = FileFormat.ofMediaType(detected)
					.filter(READ_FROM_HEAD::contains)
					.orElseThrow(() -> new UploadRejectedException(Reason.TYPE_NOT_ALLOWED, fileName));
			}
		}
		catch (ZipException | EOFException ex) {
			throw new UploadRejectedException(Reason.DAMAGED, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		requireAccepted(format, accepted, fileName);
		return format;
	}

	private static void requireAccepted(FileFormat format, Set<FileFormat> accepted, String fileName) {
		if (!accepted.contains(format)) {
			throw new UploadRejectedException(Reason.TYPE_NOT_ALLOWED, fileName);
		}
	}

	/** Whether the OLE2 file is an encrypted Office Open XML package (ECMA-376 part 2 encryption). */
	private static boolean encrypted(Path file) {
		try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = ole2.getRoot();
			return root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
		}
		catch (IOException | RuntimeException ex) {
			// Not readable as OLE2 after all: it is refused as an old Office file either way.
			return false;
		}
	}

}

package vn.dvc.portal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.dvc.portal.documents.UploadRejectedException.Reason;

/**
 * A Word or spreadsheet document as the zip archive it is: Office Open XML (DOCX, XLSX) names its
 * parts' types in {@code [Content_Types].xml}, OpenDocument (ODT, ODS) in its {@code mimetype}
 * entry and its manifest. Reading the archive tells the format, and refuses what an agency must
 * not open: macros, encrypted content, entry names that climb out of the archive, and archives
 * that unpack out of all proportion to their size. The entries are really unpacked (and counted)
 * rather than trusted, since a zip's directory may lie about their sizes.
 */
final class OfficeArchive implements AutoCloseable {

	/** Below this, an archive may unpack to any multiple of its size: small files compress well. */
	private static final long RATIO_GRACE_BYTES = 1024 * 1024;

	/** The most an entry read to tell the format ([Content_Types].xml, mimetype, manifest) may hold. */
	private static final int DESCRIPTOR_LIMIT = 1024 * 1024;

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

	private static final XMLInputFactory XML = safeXml();

	private final ZipFile zip;

	private final String fileName;

	private final long fileSize;

	private final ArchiveLimits limits;

	private final List<ZipEntry> entries = new ArrayList<>();

	private OfficeArchive(ZipFile zip, String fileName, long fileSize, ArchiveLimits limits) {
		this.zip = zip;
		this.fileName = fileName;
		this.fileSize = fileSize;
		this.limits = limits;
	}

	/**
	 * Opens the archive and checks its directory: how many entries, their names and the sizes they
	 * declare.
	 * @throws UploadRejectedException when the archive cannot be read or its directory is suspicious
	 */
	static OfficeArchive open(Path file, String fileName, ArchiveLimits limits) throws IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw new UploadRejectedException(Reason.DAMAGED, fileName);
		}
		OfficeArchive archive = new OfficeArchive(zip, fileName, Files.size(file), limits);
		try {
			archive.checkDirectory();
			return archive;
		}
		catch (RuntimeException ex) {
			archive.close();
			throw ex;
		}
	}

	private void checkDirectory() {
		if (this.zip.size() > this.limits.maxEntries()) {
			throw refused(Reason.SUSPICIOUS_ARCHIVE);
		}
		Set<String> names = new HashSet<>();
		long declared = 0;
		try {
			Enumeration<? extends ZipEntry> all = this.zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				// Part names of Office Open XML are compared without regard to case.
				if (unsafe(entry.getName()) || !names.add(entry.getName().toLowerCase(Locale.ROOT))) {
					throw refused(Reason.UNSAFE_ENTRY_NAMES);
				}
				declared += Math.max(entry.getSize(), 0);
				this.entries.add(entry);
			}
		}
		catch (IllegalArgumentException ex) {
			// A name that is not valid UTF-8.
			throw refused(Reason.UNSAFE_ENTRY_NAMES);
		}
		if (this.entries.size() > this.limits.maxEntries() || declared > expansionBound()) {
			throw refused(Reason.SUSPICIOUS_ARCHIVE);
		}
	}

	/**
	 * The document's format, from the types its archive declares.
	 * @throws UploadRejectedException when it holds macros or encrypted content, or is no document
	 * the portal accepts
	 */
	FileFormat format() throws IOException {
		ZipEntry contentTypes = entry(CONTENT_TYPES);
		if (contentTypes != null) {
			return officeOpenXml(contentTypes);
		}
		ZipEntry mimetype = entry("mimetype");
		if (mimetype != null) {
			return openDocument(mimetype);
		}
		throw refused(Reason.TYPE_NOT_ALLOWED);
	}

	/**
	 * Unpacks every entry, counting, and stops as soon as the archive unpacks to more than its limits
	 * allow.
	 * @throws UploadRejectedException when it does, or when an entry cannot be unpacked
	 */
	void checkExpansion() {
		long bound = expansionBound();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try {
			for (ZipEntry entry : this.entries) {
				try (InputStream in = this.zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) != -1) {
						total += read;
						if (total > bound) {
							throw refused(Reason.SUSPICIOUS_ARCHIVE);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw refused(Reason.DAMAGED);
		}
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private FileFormat officeOpenXml(ZipEntry contentTypes) throws IOException {
		for (ZipEntry entry : this.entries) {
			String name = entry.getName().toLowerCase(Locale.ROOT);
			if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
				throw refused(Reason.MACRO);
			}
		}
		List<String> types = attributes(contentTypes, "ContentType");
		Set<FileFormat> mains = new HashSet<>();
		for (String type : types) {
			String lower = type.toLowerCase(Locale.ROOT);
			if (lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("macrosheet")
					|| lower.contains("activex")) {
				throw refused(Reason.MACRO);
			}
			if (type.equals(WORD_MAIN)) {
				mains.add(FileFormat.DOCX);
			}
			else if (type.equals(SHEET_MAIN)) {
				mains.add(FileFormat.XLSX);
			}
		}
		if (mains.size() != 1) {
			// A template, a presentation, another package, or no main part at all.
			throw refused(Reason.TYPE_NOT_ALLOWED);
		}
		return mains.iterator().next();
	}

	private FileFormat openDocument(ZipEntry mimetype) throws IOException {
		String declared = new String(read(mimetype), StandardCharsets.US_ASCII).trim();
		FileFormat format = FileFormat.ofMediaType(declared)
			.filter(candidate -> candidate == FileFormat.ODT || candidate == FileFormat.ODS)
			.orElseThrow(() -> refused(Reason.TYPE_NOT_ALLOWED));
		for (ZipEntry entry : this.entries) {
			String name = entry.getName();
			boolean basicLibraryIndex = name.equals("Basic/script-lc.xml") || name.endsWith("/script-lb.xml");
			if (!entry.isDirectory() && (name.startsWith("Scripts/") || (name.startsWith("Basic/") && !basicLibraryIndex))) {
				throw refused(Reason.MACRO);
			}
		}
		ZipEntry manifest = entry("META-INF/manifest.xml");
		if (manifest != null && !elements(manifest, "encryption-data").isEmpty()) {
			throw refused(Reason.ENCRYPTED);
		}
		return format;
	}

	private ZipEntry entry(String name) {
		return this.entries.stream().filter(entry -> entry.getName().equals(name)).findFirst().orElse(null);
	}

	/** The values of an attribute on every element of a small XML entry. */
	private List<String> attributes(ZipEntry entry, String attribute) throws IOException {
		List<String> values = new ArrayList<>();
		scan(entry, reader -> {
			String value = reader.getAttributeValue(null, attribute);
			if (value != null) {
				values.add(value.trim());
			}
		});
		return values;
	}

	/** The elements of a small XML entry with the given local name. */
	private List<String> elements(ZipEntry entry, String localName) throws IOException {
		List<String> found = new ArrayList<>();
		scan(entry, reader -> {
			if (reader.getLocalName().equals(localName)) {
				found.add(localName);
			}
		});
		return found;
	}

	private void scan(ZipEntry entry, java.util.function.Consumer<XMLStreamReader> onElement) throws IOException {
		try (InputStream in = new java.io.ByteArrayInputStream(read(entry))) {
			XMLStreamReader reader = XML.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						onElement.accept(reader);
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw refused(Reason.DAMAGED);
		}
	}

	/** A small entry, read whole; one that unpacks past the limit is refused as suspicious. */
	private byte[] read(ZipEntry entry) throws IOException {
		try (InputStream in = this.zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(DESCRIPTOR_LIMIT + 1);
			if (bytes.length > DESCRIPTOR_LIMIT) {
				throw refused(Reason.SUSPICIOUS_ARCHIVE);
			}
			return bytes;
		}
		catch (ZipException ex) {
			throw refused(Reason.DAMAGED);
		}
	}

	private long expansionBound() {
		long byRatio = Math.max(RATIO_GRACE_BYTES, this.fileSize * this.limits.maxRatio());
		return Math.min(this.limits.maxUncompressedSize().toBytes(), byRatio);
	}

	/** A name that would land outside the folder it is unpacked into, or that tools read differently. */
	static boolean unsafe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
				|| DRIVE_LETTER.matcher(name).matches()) {
			return true;
		}
		for (String segment : name.split("/")) {
			if (segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

	private UploadRejectedException refused(Reason reason) {
		return new UploadRejectedException(reason, this.fileName);
	}

	private static XMLInputFactory safeXml() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// No document type, no external entity: the XML comes from whoever uploaded the file.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

}

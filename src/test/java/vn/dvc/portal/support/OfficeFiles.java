package vn.dvc.portal.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word and spreadsheet files made on the fly, the good ones as Office and LibreOffice write them
 * (through Apache POI, or by the OpenDocument rules) and the bad ones as an attacker or an old
 * computer would send them: macros, passwords, old binary formats, zip bombs, entries named "../".
 */
public final class OfficeFiles {

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private OfficeFiles() {
	}

	/** A Word document with a paragraph, as Word saves a filled-in form. */
	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A spreadsheet with a header and a row, like a list of guests. */
	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Danh sách");
			sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
			sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn An");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A word processing document of LibreOffice. */
	public static byte[] odt() {
		return openDocument("application/vnd.oasis.opendocument.text", Map.of());
	}

	/** A spreadsheet of LibreOffice. */
	public static byte[] ods() {
		return openDocument("application/vnd.oasis.opendocument.spreadsheet", Map.of());
	}

	/** A LibreOffice document saved with a password: its manifest describes how its parts are encrypted. */
	public static byte[] encryptedOdt() {
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
				 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="512">
				  <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">
				   <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>
				  </manifest:encryption-data>
				 </manifest:file-entry>
				</manifest:manifest>
				""";
		return openDocument("application/vnd.oasis.opendocument.text", Map.of("META-INF/manifest.xml", manifest));
	}

	/** A LibreOffice document with a Basic macro library. */
	public static byte[] odtWithMacro() {
		return openDocument("application/vnd.oasis.opendocument.text", Map.of("Basic/Standard/Module1.xml",
				"<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\">"
						+ "Sub Main : Shell(\"cmd\") : End Sub</script:module>"));
	}

	/**
	 * A Word document with macros (.docm): the main part's type says macro-enabled and the package
	 * holds a VBA project.
	 */
	public static byte[] docm() {
		Map<String, byte[]> entries = entries(docx("Tài liệu có macro"));
		String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8)
			.replace(WORD_MAIN, "application/vnd.ms-word.document.macroEnabled.main+xml")
			.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
		entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
		entries.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"".getBytes(StandardCharsets.US_ASCII));
		return zip(entries);
	}

	/**
	 * A Word document renamed .docx that hides its VBA project: the types say a plain document, the
	 * project is there all the same.
	 */
	public static byte[] docxHidingAVbaProject() {
		Map<String, byte[]> entries = entries(docx("Tài liệu giấu macro"));
		entries.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"".getBytes(StandardCharsets.US_ASCII));
		return zip(entries);
	}

	/** A Word document saved with a password: Office wraps the encrypted package in an OLE2 file. */
	public static byte[] encryptedDocx() {
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("mat-khau");
			try (OutputStream encrypted = encryptor.getDataStream(ole2)) {
				encrypted.write(docx("Tài liệu có mật khẩu"));
			}
			ole2.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An Excel 97-2003 workbook (.xls). */
	public static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word 97-2003 document (.doc): an OLE2 file with its WordDocument stream. */
	public static byte[] doc() {
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			ole2.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
			ole2.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Word document with one more part of that many zeros: with megabytes of them, a zip bomb, a
	 * few dozen kilobytes that unpack to many megabytes.
	 * @param lyingDirectory whether the zip's directory declares the part a hundred bytes long, as
	 * a bomb does to get past checks that trust it
	 */
	public static byte[] docxWithZeros(int bytes, boolean lyingDirectory) {
		Map<String, byte[]> entries = entries(docx("Tài liệu bom nén"));
		String name = "word/media/padding.xml";
		entries.put(name, new byte[bytes]);
		byte[] zip = zip(entries);
		return lyingDirectory ? declareSize(zip, name, 100) : zip;
	}

	/** A Word document with many thousands of empty parts. */
	public static byte[] docxWithEntries(int count) {
		Map<String, byte[]> entries = entries(docx("Tài liệu nhiều phần"));
		for (int i = 0; i < count; i++) {
			entries.put("customXml/item" + i + ".xml", new byte[0]);
		}
		return zip(entries);
	}

	/** A Word document with one more entry of the given name, such as {@code ../../evil.sh}. */
	public static byte[] docxWithEntry(String name) {
		Map<String, byte[]> entries = entries(docx("Tài liệu có tên lạ"));
		entries.put(name, "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII));
		return zip(entries);
	}

	/** A zip of pictures: a zip, but no document. */
	public static byte[] plainZip() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("anh-1.txt", "not a picture".getBytes(StandardCharsets.US_ASCII));
		return zip(entries);
	}

	private static byte[] openDocument(String mediaType, Map<String, String> extra) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("mimetype", mediaType.getBytes(StandardCharsets.US_ASCII));
		entries.put("content.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
				+ "office:version=\"1.2\"><office:body/></office:document-content>")
			.getBytes(StandardCharsets.UTF_8));
		entries.put("META-INF/manifest.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "</manifest:manifest>")
			.getBytes(StandardCharsets.UTF_8));
		extra.forEach((name, content) -> entries.put(name, content.getBytes(StandardCharsets.UTF_8)));
		return zip(entries);
	}

	private static Map<String, byte[]> entries(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** A zip of the entries in order; "mimetype" stored uncompressed, first, as OpenDocument wants. */
	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				if (entry.getKey().equals("mimetype")) {
					CRC32 crc = new CRC32();
					crc.update(entry.getValue());
					zipEntry.setMethod(ZipEntry.STORED);
					zipEntry.setSize(entry.getValue().length);
					zipEntry.setCrc(crc.getValue());
				}
				out.putNextEntry(zipEntry);
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Rewrites the uncompressed size the zip's central directory declares for one entry. */
	private static byte[] declareSize(byte[] zip, String name, int size) {
		byte[] patched = zip.clone();
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < patched.length; i++) {
			boolean centralHeader = patched[i] == 'P' && patched[i + 1] == 'K' && patched[i + 2] == 1 && patched[i + 3] == 2;
			if (!centralHeader) {
				continue;
			}
			int nameLength = (patched[i + 28] & 0xff) | (patched[i + 29] & 0xff) << 8;
			if (nameLength == wanted.length
					&& java.util.Arrays.equals(patched, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
				for (int b = 0; b < 4; b++) {
					patched[i + 24 + b] = (byte) (size >>> (8 * b));
				}
				return patched;
			}
		}
		throw new IllegalArgumentException("No entry " + name);
	}

}

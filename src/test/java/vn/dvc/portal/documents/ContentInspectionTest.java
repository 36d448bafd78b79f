package vn.dvc.portal.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import vn.dvc.portal.documents.UploadRejectedException.Reason;
import vn.dvc.portal.support.OfficeFiles;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Word and spreadsheet files told apart by their bytes, as the file store reads them once written
 * (Tika on the first bytes, then the archive or the OLE2 file): the open formats are accepted, the
 * old binary ones, macros, passwords and suspicious archives refused, each for its own reason.
 */
class ContentInspectionTest {

	private static final Set<FileFormat> ANY = EnumSet.allOf(FileFormat.class);

	private final ContentInspection inspection = new ContentInspection(
			new ArchiveLimits(10_000, DataSize.ofMegabytes(200), 100));

	private final Tika tika = new Tika();

	@TempDir
	Path files;

	@Test
	void wordAndSpreadsheetFilesInOpenFormatsAreRecognised() throws IOException {
		assertThat(identify("don.docx", OfficeFiles.docx("Đơn đề nghị"), ANY)).isEqualTo(FileFormat.DOCX);
		assertThat(identify("danh-sach.xlsx", OfficeFiles.xlsx(), ANY)).isEqualTo(FileFormat.XLSX);
		assertThat(identify("don.odt", OfficeFiles.odt(), ANY)).isEqualTo(FileFormat.ODT);
		assertThat(identify("danh-sach.ods", OfficeFiles.ods(), ANY)).isEqualTo(FileFormat.ODS);
		assertThat(identify("don.pdf", TestFiles.pdf(), ANY)).isEqualTo(FileFormat.PDF);
	}

	@Test
	void theFormatComesFromTheBytesNotTheName() throws IOException {
		assertThat(identify("bang-tinh.docx", OfficeFiles.xlsx(), ANY)).isEqualTo(FileFormat.XLSX);
		assertThat(identify("scan.pdf", OfficeFiles.docx("Không phải PDF"), ANY)).isEqualTo(FileFormat.DOCX);
	}

	@Test
	void aWordFileIsRefusedWhereOnlyPdfIsAccepted() {
		assertRefused("don.docx", OfficeFiles.docx("Đơn"), EnumSet.of(FileFormat.PDF, FileFormat.JPEG), Reason.TYPE_NOT_ALLOWED);
		assertRefused("danh-sach.xlsx", OfficeFiles.xlsx(), EnumSet.of(FileFormat.DOCX), Reason.TYPE_NOT_ALLOWED);
		assertRefused("anh.zip", OfficeFiles.plainZip(), ANY, Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void oldBinaryWordAndExcelFilesAreRefusedToBeSavedAgain() {
		assertRefused("danh-sach.xls", OfficeFiles.xls(), ANY, Reason.LEGACY_OFFICE);
		assertRefused("don.doc", OfficeFiles.doc(), ANY, Reason.LEGACY_OFFICE);
	}

	@Test
	void documentsWithMacrosAreRefused() {
		assertRefused("don.docm", OfficeFiles.docm(), ANY, Reason.MACRO);
		// Renamed and with its types cleaned up, the VBA project is still found.
		assertRefused("don.docx", OfficeFiles.docxHidingAVbaProject(), ANY, Reason.MACRO);
		assertRefused("don.odt", OfficeFiles.odtWithMacro(), ANY, Reason.MACRO);
		// Whatever the requirement accepts.
		assertRefused("don.docm", OfficeFiles.docm(), EnumSet.of(FileFormat.PDF), Reason.MACRO);
	}

	@Test
	void passwordProtectedDocumentsAreRefused() {
		assertRefused("don.docx", OfficeFiles.encryptedDocx(), ANY, Reason.ENCRYPTED);
		assertRefused("don.odt", OfficeFiles.encryptedOdt(), ANY, Reason.ENCRYPTED);
	}

	@Test
	void aZipBombIsRefusedWhetherItsDirectoryTellsTheTruthOrNot() throws IOException {
		byte[] honest = OfficeFiles.docxWithZeros(20 * 1024 * 1024, false);
		byte[] lying = OfficeFiles.docxWithZeros(20 * 1024 * 1024, true);
		assertThat(honest.length).as("a few dozen kilobytes that unpack to 20 MB").isLessThan(100 * 1024);

		assertRefused("bom.docx", honest, ANY, Reason.SUSPICIOUS_ARCHIVE);
		// The directory says the part is 100 bytes: only unpacking it finds out.
		assertRefused("bom.docx", lying, ANY, Reason.SUSPICIOUS_ARCHIVE);
	}

	@Test
	void anArchiveWithTensOfThousandsOfEntriesIsRefused() {
		assertRefused("nhieu-phan.docx", OfficeFiles.docxWithEntries(10_001), ANY, Reason.SUSPICIOUS_ARCHIVE);
	}

	@Test
	void aSmallFileThatCompressesWellIsNoBomb() throws IOException {
		// 800 KB of zeros packs to under a kilobyte: a ratio far above 100, but too small to harm.
		byte[] small = OfficeFiles.docxWithZeros(800 * 1024, false);
		assertThat(small.length).isLessThan(8 * 1024);
		assertThat(identify("nen-tot.docx", small, ANY)).isEqualTo(FileFormat.DOCX);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../../../etc/cron.d/evil", "word/../../evil.sh", "/etc/passwd", "word\\..\\evil.sh",
			"C:/Windows/evil.bat" })
	void entryNamesThatClimbOutOfTheArchiveAreRefused(String name) {
		assertRefused("don.docx", OfficeFiles.docxWithEntry(name), ANY, Reason.UNSAFE_ENTRY_NAMES);
	}

	@Test
	void aDocumentCutShortIsDamaged() {
		byte[] whole = OfficeFiles.docx("Tài liệu bị cắt");
		assertRefused("hong.docx", Arrays.copyOf(whole, whole.length / 2), ANY, Reason.DAMAGED);
	}

	private FileFormat identify(String name, byte[] bytes, Set<FileFormat> accepted) throws IOException {
		Path file = Files.write(this.files.resolve(name), bytes);
		return this.inspection.identify(this.tika.detect(bytes), file, name, accepted);
	}

	private void assertRefused(String name, byte[] bytes, Set<FileFormat> accepted, Reason reason) {
		assertThatExceptionOfType(UploadRejectedException.class).as(name)
			.isThrownBy(() -> identify(name, bytes, accepted))
			.satisfies(ex -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.fileName()).isEqualTo(name);
			});
	}

}

package vn.dvc.portal.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dvc.portal.shared.VietnameseText;

/**
 * Reads the province's list of procedures from CSV (UTF-8) or XLSX: a header row naming the five
 * columns (national code, name, agency, level, service level, in Vietnamese or English, in any
 * order), then one procedure per row. A file that cannot be read as a whole is refused with one
 * reason; rows are checked one by one later.
 */
final class ProcedureListFile {

	/** More rows than any province's list; beyond it the file is refused rather than half-read. */
	static final int MAX_ROWS = 5000;

	/** Larger than any real list; stops a huge file before it is parsed. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The five columns and the headings that name them (folded: no diacritics, lower case). */
	enum Column {

		CODE("ma thu tuc", "ma tthc", "ma so", "ma", "national code", "code"),
		NAME("ten thu tuc", "ten thu tuc hanh chinh", "ten", "name", "procedure"),
		AGENCY("co quan", "co quan giai quyet", "co quan thuc hien", "agency"),
		LEVEL("cap", "cap thuc hien", "cap hanh chinh", "level", "administrative level"),
		SERVICE("muc do", "muc do dvc", "dich vu cong", "loai dich vu", "service level", "service");

		private final List<String> headings;

		Column(String... headings) {
			this.headings = List.of(headings);
		}

	}

	/** A data row as read, line numbers counted as a spreadsheet shows them. */
	record Line(int number, Map<Column, String> values) {

		String get(Column column) {
			String value = this.values.get(column);
			return (value == null || value.isBlank()) ? null : value.trim();
		}

	}

	/** The outcome of reading: lines, or the reason the file was refused. */
	record Reading(List<Line> lines, String refusal) {

		static Reading refused(String key) {
			return new Reading(List.of(), key);
		}

	}

	private ProcedureListFile() {
	}

	static Reading read(String fileName, InputStream input, long size) throws IOException {
		if (size > MAX_BYTES) {
			return Reading.refused("import.refused.tooLarge");
		}
		BufferedInputStream in = new BufferedInputStream(input);
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT);
		if (zip) {
			return readXlsx(in);
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			return Reading.refused("import.refused.notSpreadsheet");
		}
		return readCsv(in);
	}

	private static Reading readCsv(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		List<List<String>> records = new ArrayList<>();
		try (Reader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
			char delimiter = sniffDelimiter(reader);
			format = format.builder().setDelimiter(delimiter).get();
			for (CSVRecord record : format.parse(reader)) {
				if (records.size() > MAX_ROWS + 1) {
					return Reading.refused("import.refused.tooManyRows");
				}
				records.add(new ArrayList<>(record.toList()));
			}
		}
		catch (CharacterCodingException ex) {
			return Reading.refused("import.refused.encoding");
		}
		catch (java.io.UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				return Reading.refused("import.refused.encoding");
			}
			return Reading.refused("import.refused.unreadable");
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return Reading.refused("import.refused.unreadable");
		}
		if (!records.isEmpty() && !records.get(0).isEmpty()) {
			String first = records.get(0).get(0);
			if (first.startsWith("\uFEFF")) {
				records.get(0).set(0, first.substring(1));
			}
		}
		return lines(records);
	}

	/** Lets the reader be re-read from the start after peeking at the first line for ";" or ",". */
	private static char sniffDelimiter(Reader reader) throws IOException {
		if (!reader.markSupported()) {
			return ',';
		}
		reader.mark(4096);
		char[] buffer = new char[4096];
		int read = reader.read(buffer);
		reader.reset();
		String firstLine = (read <= 0) ? "" : new String(buffer, 0, read).split("\\R", 2)[0];
		return (firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count())
				? ';' : ',';
	}

	private static Reading readXlsx(InputStream in) {
		List<List<String>> records = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				return Reading.refused("import.refused.tooManyRows");
			}
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
						Cell cell = row.getCell(c);
						cells.add((cell == null) ? "" : formatter.formatCellValue(cell).trim());
					}
				}
				records.add(cells);
			}
		}
		catch (IOException | RuntimeException ex) {
			return Reading.refused("import.refused.unreadable");
		}
		return lines(records);
	}

	private static Reading lines(List<List<String>> records) {
		int headerIndex = -1;
		Map<Column, Integer> positions = new HashMap<>();
		for (int i = 0; i < Math.min(records.size(), 10) && headerIndex < 0; i++) {
			Map<Column, Integer> found = headings(records.get(i));
			if (found.size() >= 2) {
				headerIndex = i;
				positions = found;
			}
		}
		if (headerIndex < 0 || positions.size() < Column.values().length) {
			return Reading.refused("import.refused.columns");
		}
		List<Line> lines = new ArrayList<>();
		for (int i = headerIndex + 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.stream().allMatch(cell -> cell == null || cell.isBlank())) {
				continue;
			}
			Map<Column, String> values = new HashMap<>();
			for (Map.Entry<Column, Integer> position : positions.entrySet()) {
				int index = position.getValue();
				values.put(position.getKey(), (index < record.size()) ? record.get(index) : null);
			}
			lines.add(new Line(i + 1, values));
		}
		if (lines.isEmpty()) {
			return Reading.refused("import.refused.empty");
		}
		if (lines.size() > MAX_ROWS) {
			return Reading.refused("import.refused.tooManyRows");
		}
		return new Reading(lines, null);
	}

	private static Map<Column, Integer> headings(List<String> record) {
		Map<Column, Integer> found = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String heading = VietnameseText.fold(record.get(i)).replaceAll("[^a-z0-9 ]", "").trim();
			for (Column column : Column.values()) {
				if (!found.containsKey(column) && column.headings.contains(heading)) {
					found.put(column, i);
				}
			}
		}
		return found;
	}

}

package vn.dvc.portal.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dvc.portal.rating.SatisfactionExports;
import vn.dvc.portal.rating.SatisfactionReport;
import vn.dvc.portal.shared.SheetStyles;

/**
 * The report as a spreadsheet (XLSX, Apache POI) or CSV (UTF-8 with a byte order mark, so that
 * spreadsheet programs read the Vietnamese text right). Same columns, same numbers as the page.
 */
@Component
public class ReportExports {

	/** The columns, by message key, in the order of the page. */
	public static final List<String> COLUMNS = List.of("stats.col.carriedOver", "stats.col.receivedOnline",
			"stats.col.receivedCounter", "stats.col.receivedPostal", "stats.col.resolvedOnTime", "stats.col.resolvedLate",
			"stats.col.openOnTime", "stats.col.openOverdue", "stats.col.rejected", "stats.col.withdrawn",
			"stats.col.refused", "stats.col.amendmentRequested", "stats.col.returnedByPost", "stats.col.onTimeRate");

	private final MessageSource messages;

	private final SatisfactionExports satisfaction;

	ReportExports(MessageSource messages, SatisfactionExports satisfaction) {
		this.messages = messages;
		this.satisfaction = satisfaction;
	}

	byte[] xlsx(Report report, String title, Locale locale, SatisfactionReport ratings) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.messages.getMessage("stats.sheet", null, locale));
			CellStyle bold = SheetStyles.bold(workbook);
			CellStyle percent = SheetStyles.percent(workbook);
			Row heading = sheet.createRow(0);
			heading.createCell(0).setCellValue(title);
			heading.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(2);
			List<String> names = header(report, locale);
			for (int i = 0; i < names.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(names.get(i));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (ReportRow row : report.rows()) {
				write(sheet.createRow(r++), row.label(), row, percent, null);
			}
			write(sheet.createRow(r), this.messages.getMessage("stats.total", null, locale), report.total(), percent, bold);
			sheet.setColumnWidth(0, 70 * 256);
			this.satisfaction.addSheet(workbook, ratings, locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] csv(Report report, Locale locale, SatisfactionReport ratings) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(line(header(report, locale)));
		for (ReportRow row : report.rows()) {
			csv.append(line(cells(row.label(), row)));
		}
		csv.append(line(cells(this.messages.getMessage("stats.total", null, locale), report.total())));
		csv.append("\r\n");
		this.satisfaction.table(ratings, locale).forEach(cells -> csv.append(line(cells)));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private List<String> header(Report report, Locale locale) {
		List<String> names = new ArrayList<>();
		names.add(this.messages.getMessage("stats.col." + report.grouping().name().toLowerCase(Locale.ROOT), null, locale));
		COLUMNS.forEach(key -> names.add(this.messages.getMessage(key, null, locale)));
		return names;
	}

	private static void write(Row target, String label, ReportRow row, CellStyle percent, CellStyle style) {
		target.createCell(0).setCellValue(label);
		long[] values = values(row);
		for (int i = 0; i < values.length; i++) {
			target.createCell(i + 1).setCellValue(values[i]);
		}
		Cell rate = target.createCell(values.length + 1);
		if (row.onTimeRate() != null) {
			rate.setCellValue(row.onTimeRate());
			rate.setCellStyle(percent);
		}
		if (style != null) {
			for (Cell cell : target) {
				if (cell.getColumnIndex() <= values.length) {
					cell.setCellStyle(style);
				}
			}
		}
	}

	private static List<String> cells(String label, ReportRow row) {
		List<String> cells = new ArrayList<>();
		cells.add(label);
		for (long value : values(row)) {
			cells.add(Long.toString(value));
		}
		cells.add((row.onTimeRate() == null) ? "" : String.format(Locale.ROOT, "%.1f%%", row.onTimeRate() * 100));
		return cells;
	}

	static long[] values(ReportRow row) {
		return new long[] { row.carriedOver(), row.receivedOnline(), row.receivedCounter(), row.receivedPostal(),
				row.resolvedOnTime(), row.resolvedLate(), row.openOnTime(), row.openOverdue(), row.rejected(),
				row.withdrawn(), row.refused(), row.amendmentRequested(), row.returnedByPost() };
	}

	private static String line(List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String value = (cell == null) ? "" : cell;
			// A cell starting like a formula is quoted so that spreadsheets do not run it.
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?%?")) {
				value = "'" + value;
			}
			quoted.add("\"" + value.replace("\"", "\"\"") + "\"");
		}
		return String.join(",", quoted) + "\r\n";
	}

}

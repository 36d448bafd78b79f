package vn.dvc.portal.rating;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dvc.portal.shared.SheetStyles;

/**
 * The ratings' figures in the report's exports: a sheet of the XLSX file, a section of the CSV
 * file. One line per month, agency and procedure: the number of ratings, then the share of each
 * answer to each question.
 */
@Component
public class SatisfactionExports {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final MessageSource messages;

	SatisfactionExports(MessageSource messages) {
		this.messages = messages;
	}

	private record Column(CriterionView criterion, Answer answer) {
	}

	public void addSheet(Workbook workbook, SatisfactionReport report, Locale locale) {
		Sheet sheet = workbook.createSheet(message("rating.figures.sheet", locale));
		CellStyle bold = SheetStyles.bold(workbook);
		CellStyle percent = SheetStyles.percent(workbook);
		Row heading = sheet.createRow(0);
		heading.createCell(0).setCellValue(message("rating.figures.title", locale));
		heading.getCell(0).setCellStyle(bold);
		Row header = sheet.createRow(2);
		List<String> names = header(report, locale);
		for (int i = 0; i < names.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(names.get(i));
			cell.setCellStyle(bold);
		}
		List<Column> columns = columns(report);
		int r = 3;
		for (SatisfactionReport.Row row : report.rows()) {
			Row line = sheet.createRow(r++);
			line.createCell(0).setCellValue(row.month().format(MONTH));
			line.createCell(1).setCellValue(row.agencyName());
			line.createCell(2).setCellValue(row.procedureCode());
			line.createCell(3).setCellValue(row.procedureName());
			line.createCell(4).setCellValue(row.ratings());
			for (int c = 0; c < columns.size(); c++) {
				Double share = row.sharesOf(columns.get(c).criterion().id()).percent(columns.get(c).answer());
				if (share != null) {
					Cell cell = line.createCell(5 + c);
					cell.setCellValue(share / 100);
					cell.setCellStyle(percent);
				}
			}
		}
		if (report.isEmpty()) {
			sheet.createRow(3).createCell(0).setCellValue(message("rating.figures.none", locale));
		}
	}

	/** The CSV section: its header line, then one line per row, percentages written out. */
	public List<List<String>> table(SatisfactionReport report, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of(message("rating.figures.title", locale)));
		lines.add(header(report, locale));
		List<Column> columns = columns(report);
		for (SatisfactionReport.Row row : report.rows()) {
			List<String> cells = new ArrayList<>(List.of(row.month().format(MONTH), row.agencyName(),
					row.procedureCode(), row.procedureName(), Long.toString(row.ratings())));
			for (Column column : columns) {
				Double share = row.sharesOf(column.criterion().id()).percent(column.answer());
				cells.add((share == null) ? "" : String.format(Locale.ROOT, "%.1f%%", share));
			}
			lines.add(cells);
		}
		return lines;
	}

	private List<String> header(SatisfactionReport report, Locale locale) {
		List<String> names = new ArrayList<>(List.of(message("rating.figures.month", locale),
				message("stats.col.agency", locale), message("rating.figures.procedureCode", locale),
				message("stats.col.procedure", locale), message("rating.figures.ratings", locale)));
		for (Column column : columns(report)) {
			names.add(column.criterion().question() + " - " + message("rating.answer." + column.answer().name(), locale));
		}
		return names;
	}

	private static List<Column> columns(SatisfactionReport report) {
		List<Column> columns = new ArrayList<>();
		for (CriterionView criterion : report.criteria()) {
			criterion.scale().answers().forEach(answer -> columns.add(new Column(criterion, answer)));
		}
		return columns;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

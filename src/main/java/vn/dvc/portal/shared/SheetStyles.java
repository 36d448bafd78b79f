package vn.dvc.portal.shared;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles the portal's spreadsheet exports share. */
public final class SheetStyles {

	private SheetStyles() {
	}

	/** Bold text, for titles and column headers. */
	public static CellStyle bold(Workbook workbook) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		return bold;
	}

	/** A share shown as a percentage with one decimal. */
	public static CellStyle percent(Workbook workbook) {
		CellStyle percent = workbook.createCellStyle();
		percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		return percent;
	}

}

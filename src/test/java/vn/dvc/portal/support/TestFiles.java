package vn.dvc.portal.support;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** Real files, made on the fly, for uploads. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Test document"));
		document.close();
		return out.toByteArray();
	}

	/** Plain text: what a renamed "PDF" that is not a PDF looks like inside. */
	public static byte[] text() {
		return "This is not a PDF, whatever its name says.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}

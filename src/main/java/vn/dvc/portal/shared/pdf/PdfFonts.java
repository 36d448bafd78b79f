package vn.dvc.portal.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import org.springframework.core.io.ClassPathResource;

/**
 * Fonts for the portal's PDFs. PDF's built-in fonts have no Vietnamese letters, so DejaVu Sans is
 * embedded (its licence allows it; see fonts/DejaVu-LICENSE.txt).
 */
public final class PdfFonts {

	private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

	private PdfFonts() {
	}

	public static Font regular(float size) {
		return new Font(REGULAR, size);
	}

	public static Font bold(float size) {
		return new Font(BOLD, size);
	}

	private static BaseFont load(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			byte[] bytes = in.readAllBytes();
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

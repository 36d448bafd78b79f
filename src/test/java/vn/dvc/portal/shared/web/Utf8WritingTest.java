package vn.dvc.portal.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer of pages in UTF-8: the bytes the container's encoder would write, however the text is cut. */
class Utf8WritingTest {

	private static final String TEXT = "Cổng Dịch vụ công – hồ sơ 😀 của tôi: <b>&</b>";

	@Test
	void writesTheSameBytesAsTheCharsetWhateverTheCuts() throws IOException {
		byte[] expected = TEXT.getBytes(StandardCharsets.UTF_8);
		for (int cut = 0; cut <= TEXT.length(); cut++) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			Utf8Writing.Utf8Writer writer = new Utf8Writing.Utf8Writer(bytes);
			writer.write(TEXT.substring(0, cut));
			writer.write(TEXT.toCharArray(), cut, TEXT.length() - cut);
			writer.flush();
			assertThat(bytes.toByteArray()).as("cut at %d", cut).isEqualTo(expected);
		}
	}

	@Test
	void writesCharacterByCharacter() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Utf8Writing.Utf8Writer writer = new Utf8Writing.Utf8Writer(bytes);
		TEXT.chars().forEach(character -> {
			try {
				writer.write(character);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT);
	}

	@Test
	void onlyAResponseInUtf8GetsTheWriter() throws IOException {
		MockHttpServletResponse utf8 = new MockHttpServletResponse();
		utf8.setContentType("text/html;charset=UTF-8");
		PrintWriter writer = new Utf8Writing.Utf8Response(utf8).getWriter();
		writer.write(TEXT);
		writer.flush();
		assertThat(utf8.getContentAsByteArray()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));

		MockHttpServletResponse latin = new MockHttpServletResponse();
		latin.setContentType("text/plain;charset=ISO-8859-1");
		Utf8Writing.Utf8Response response = new Utf8Writing.Utf8Response(latin);
		assertThat(response.getWriter()).isSameAs(latin.getWriter());
	}

}

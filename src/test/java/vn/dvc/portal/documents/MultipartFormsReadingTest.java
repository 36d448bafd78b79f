package vn.dvc.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link MultipartForms} hands the rest of the portal: the fields, repeated ones included, and
 * the files with their names and bytes, small ones from memory and large ones from the upload
 * folder, which is empty again once the request is over.
 */
class MultipartFormsReadingTest {

	private static final String BOUNDARY = "----WebKitFormBoundaryq1w2e3r4t5y6u7i8";

	@TempDir
	Path folder;

	@Test
	void fieldsAndFilesSmallAndLargeReachTheRequestAndLeaveNothingBehind() throws Exception {
		byte[] small = "%PDF-1.4 nhỏ".getBytes(StandardCharsets.UTF_8);
		byte[] large = new byte[200_000];
		Arrays.fill(large, (byte) 'x');
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, "content", "Nội dung có dấu");
		field(body, "removeAttachments", "a");
		field(body, "removeAttachments", "b");
		file(body, "file-1", "Tờ khai đăng ký.pdf", small);
		file(body, "file-1", "ban-quet.pdf", large);
		file(body, "file-2", "", new byte[0]);
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dossiers");
		request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
		request.setContent(body.toByteArray());

		AtomicReference<List<Path>> duringRequest = new AtomicReference<>();
		MultipartForms forms = new MultipartForms(this.folder, new MultipartForms.Limits(10_000_000, 50, 2_000_000, 16_384));
		forms.doFilter(request, new MockHttpServletResponse(), (read, response) -> {
			MultipartHttpServletRequest form = (MultipartHttpServletRequest) read;
			assertThat(form.getParameter("content")).isEqualTo("Nội dung có dấu");
			assertThat(form.getParameterValues("removeAttachments")).containsExactly("a", "b");
			List<MultipartFile> files = form.getFiles("file-1");
			assertThat(files).extracting(MultipartFile::getOriginalFilename)
				.containsExactly("Tờ khai đăng ký.pdf", "ban-quet.pdf");
			try {
				assertThat(files.get(0).getBytes()).isEqualTo(small);
				assertThat(files.get(1).getBytes()).isEqualTo(large);
				// Read twice (the type is read first, then the whole file): the same bytes.
				assertThat(files.get(1).getInputStream().readAllBytes()).isEqualTo(large);
				assertThat(files.get(0).getInputStream().readAllBytes()).isEqualTo(small);
				duringRequest.set(list());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(files.get(0).getContentType()).isEqualTo("application/pdf");
			MultipartFile unchosen = form.getFile("file-2");
			assertThat(unchosen).isNotNull();
			assertThat(unchosen.isEmpty()).isTrue();
		});
		assertThat(duringRequest.get()).as("the large file waits in the upload folder").hasSize(1);
		assertThat(list()).as("nothing is left once the request is over").isEmpty();
	}

	private List<Path> list() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.toList();
		}
	}

	private static void field(ByteArrayOutputStream body, String name, String value) {
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	private static void file(ByteArrayOutputStream body, String name, String fileName, byte[] bytes) {
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}

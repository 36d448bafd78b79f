package vn.dvc.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dvc.portal.support.PortalServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart forms that break a limit or cannot be read, sent byte by byte over a socket as a
 * hostile or broken client would: each gets the portal's page in Vietnamese (413 or 400), nothing
 * is left in the upload folder, and a well-formed form still reaches the portal.
 */
@PortalServerTest
class MultipartFormsTest {

	private static final String BOUNDARY = "----hostile7MA4YWxkTrZu0gW";

	@LocalServerPort
	int port;

	@Autowired
	DocumentsProperties documents;

	@Test
	void aFormCutShortIsRefusedAsUnreadableAndLeavesNothing() throws IOException {
		long before = filesInUploadFolder();
		String body = field("a", "1") + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file-x\"; "
				+ "filename=\"to-khai.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 " + "x".repeat(100_000);
		String response = send(body.getBytes(StandardCharsets.UTF_8), BOUNDARY, null);
		assertThat(response).startsWith("HTTP/1.1 400").contains("Yêu cầu không hợp lệ");
		assertThat(filesInUploadFolder()).isEqualTo(before);
	}

	@Test
	void tooManyPartsAreRefusedAsTooLarge() throws IOException {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			body.append(field("f" + i, "v"));
		}
		body.append("--").append(BOUNDARY).append("--\r\n");
		String response = send(body.toString().getBytes(StandardCharsets.UTF_8), BOUNDARY, null);
		assertThat(response).startsWith("HTTP/1.1 413").contains("Tệp quá lớn");
	}

	@Test
	void fieldsLongerThanAFormMayHoldAreRefusedAsTooLarge() throws IOException {
		long before = filesInUploadFolder();
		String body = field("content", "a".repeat(1_500_000)) + field("note", "b".repeat(1_000_000)) + "--" + BOUNDARY
				+ "--\r\n";
		String response = send(body.getBytes(StandardCharsets.UTF_8), BOUNDARY, null);
		assertThat(response).startsWith("HTTP/1.1 413").contains("Tệp quá lớn");
		assertThat(filesInUploadFolder()).isEqualTo(before);
	}

	@Test
	void aBodyDeclaredLargerThanAllowedIsRefusedBeforeItIsRead() throws IOException {
		String response = send(field("a", "1").getBytes(StandardCharsets.UTF_8), BOUNDARY, 400L * 1024 * 1024);
		assertThat(response).startsWith("HTTP/1.1 413").contains("Tệp quá lớn");
	}

	@Test
	void aFormWithoutBoundaryOrWithOverlongPartHeadersIsRefusedAsUnreadable() throws IOException {
		String withoutBoundary = send("--x\r\n\r\n".getBytes(StandardCharsets.UTF_8), null, null);
		assertThat(withoutBoundary).startsWith("HTTP/1.1 400").contains("Yêu cầu không hợp lệ");

		String longName = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + "n".repeat(10_000)
				+ "\"\r\n\r\nv\r\n--" + BOUNDARY + "--\r\n";
		String overlong = send(longName.getBytes(StandardCharsets.UTF_8), BOUNDARY, null);
		assertThat(overlong).startsWith("HTTP/1.1 400").contains("Yêu cầu không hợp lệ");

		String garbage = send("không phải biểu mẫu".getBytes(StandardCharsets.UTF_8), BOUNDARY, null);
		assertThat(garbage).startsWith("HTTP/1.1 400");
	}

	@Test
	void aWellFormedFormIsReadAndItsFieldsReachTheSecurityCheck() throws IOException {
		// Without a CSRF token the form is refused by Spring Security (403), which could only say so
		// once the form was read; with a control character in a field, by the portal's check (400).
		String body = field("content", "Nội dung") + "--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file-x\"; filename=\"Tờ khai đăng ký.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 " + "x".repeat(50_000) + "\r\n--" + BOUNDARY + "--\r\n";
		assertThat(send(body.getBytes(StandardCharsets.UTF_8), BOUNDARY, null)).startsWith("HTTP/1.1 403");
		String withNul = field("content", "Nội\u0000dung") + "--" + BOUNDARY + "--\r\n";
		assertThat(send(withNul.getBytes(StandardCharsets.UTF_8), BOUNDARY, null)).startsWith("HTTP/1.1 400");
	}

	private static String field(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	/** Posts the bytes to {@code /dossiers} and reads the answer until the server closes. */
	private String send(byte[] body, String boundary, Long declaredLength) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			String contentType = "multipart/form-data" + ((boundary != null) ? "; boundary=" + boundary : "");
			String head = "POST /dossiers HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: vi\r\nConnection: close\r\n"
					+ "Content-Type: " + contentType + "\r\nContent-Length: "
					+ ((declaredLength != null) ? declaredLength : body.length) + "\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			try {
				out.write(body);
				out.flush();
				if (declaredLength == null) {
					socket.shutdownOutput();
				}
			}
			catch (IOException ex) {
				// The server answered and closed before reading everything: the answer is still there.
			}
			return read(socket.getInputStream());
		}
	}

	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				answer.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			// A reset after the answer (the server closed with unread bytes) ends the reading.
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private long filesInUploadFolder() throws IOException {
		Path folder = this.documents.uploadTemp();
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

}

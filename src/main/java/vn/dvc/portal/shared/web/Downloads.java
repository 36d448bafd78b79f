package vn.dvc.portal.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses that hand a file to the browser: never cached, always as an attachment. */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<Resource> attachment(Resource resource, String mediaType, long size, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.contentLength(size)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(resource);
	}

	public static ResponseEntity<Resource> pdf(byte[] bytes, String fileName) {
		return attachment(new ByteArrayResource(bytes), MediaType.APPLICATION_PDF_VALUE, bytes.length, fileName);
	}

}

package vn.dvc.portal.documents;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file of a multipart form as read by {@link MultipartForms}: in memory when small, else in the
 * upload folder until the request ends.
 */
final class FormFile implements MultipartFile {

	private final MultiPart.Part part;

	FormFile(MultiPart.Part part) {
		this.part = part;
	}

	@Override
	public String getName() {
		return this.part.getName();
	}

	@Override
	public String getOriginalFilename() {
		return this.part.getFileName();
	}

	@Override
	public String getContentType() {
		return this.part.getHeaders().get(HttpHeader.CONTENT_TYPE);
	}

	@Override
	public boolean isEmpty() {
		return getSize() == 0;
	}

	@Override
	public long getSize() {
		return this.part.getLength();
	}

	@Override
	public byte[] getBytes() throws IOException {
		try (InputStream in = getInputStream()) {
			return in.readAllBytes();
		}
	}

	@Override
	public InputStream getInputStream() throws IOException {
		if (this.part instanceof MultiPart.PathPart onDisk) {
			return Files.newInputStream(onDisk.getPath());
		}
		return Content.Source.asInputStream(this.part.createContentSource());
	}

	@Override
	public void transferTo(File destination) throws IOException {
		try (InputStream in = getInputStream()) {
			Files.copy(in, destination.toPath(), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}

package vn.dvc.portal.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import vn.dvc.portal.shared.web.ErrorPageMessage;

/**
 * Reads a multipart form before anything else looks at the request (the control-character check
 * and Spring Security's CSRF check read its fields), with Jetty's parser: it looks for the
 * boundary by skipping ahead, at about 2 GB/s on this machine where the web server's own
 * byte-by-byte search reads 200 MB/s, and that search was the largest cost of filing a dossier.
 * Files larger than {@link Limits#inMemory()} go to the upload folder as they arrive; everything
 * the request left there is deleted when it ends. A form that breaks a limit or is not well formed
 * gets the portal's error page (413 or 400) and nothing of it is kept.
 */
final class MultipartForms extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MultipartForms.class);

	/** How much of the body is read at once. */
	private static final int READ_SIZE = 64 * 1024;

	/**
	 * The headers of one part at most: a file name of 255 Vietnamese letters is about 750 bytes of
	 * UTF-8 (the web server's own limit, 512 bytes, refused such names).
	 */
	private static final int PART_HEADERS = 2048;

	/**
	 * The buffers the body is read into, used again once the parser has written them out: 20
	 * uploads of 50 MB at once took the heap to 213 MB of 256 with a new buffer for each read.
	 */
	private static final ByteBufferPool.Sized BUFFERS = new ByteBufferPool.Sized(new ArrayByteBufferPool(), false,
			READ_SIZE);

	/**
	 * What a form may hold.
	 * @param request the whole body at most
	 * @param parts how many fields and files at most
	 * @param fields the text of all fields together at most (the web server's own limit of a form)
	 * @param inMemory files up to this size stay in memory
	 */
	record Limits(long request, int parts, long fields, long inMemory) {
	}

	private final Path folder;

	private final Limits limits;

	MultipartForms(Path folder, Limits limits) {
		this.folder = folder;
		this.limits = limits;
	}

	static boolean isMultipartForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
				&& !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isMultipartForm(request) || WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
			chain.doFilter(request, response);
			return;
		}
		String boundary = MultiPart.extractBoundary(request.getContentType());
		if (boundary == null || boundary.isEmpty()) {
			refuse(request, response, HttpStatus.BAD_REQUEST, null);
			return;
		}
		if (request.getContentLengthLong() > this.limits.request()) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, null);
			return;
		}
		MultiPartFormData.Parts parts;
		try {
			parts = parse(request, boundary);
		}
		catch (FormRefusedException ex) {
			refuse(request, response, ex.status, ex.messageKey);
			return;
		}
		try {
			HttpServletRequest form = form(request, parts);
			if (form == null) {
				refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, null);
				return;
			}
			chain.doFilter(form, response);
		}
		finally {
			// Deletes the files of the parts: what the store keeps it has copied by now.
			parts.close();
		}
	}

	private MultiPartFormData.Parts parse(HttpServletRequest request, String boundary) throws IOException {
		MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
		parser.setFilesDirectory(this.folder);
		parser.setMaxMemoryFileSize(this.limits.inMemory());
		parser.setMaxLength(this.limits.request());
		parser.setMaxParts(this.limits.parts());
		// A long field spills to the folder like a file instead of filling the memory.
		parser.setUseFilesForPartsWithoutFileName(true);
		parser.setPartHeadersMaxLength(PART_HEADERS);
		try {
			return parser.parse(Content.Source.from(BUFFERS, request.getInputStream()), InvocationType.BLOCKING).get();
		}
		catch (ExecutionException ex) {
			throw FormRefusedException.from(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FormRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "error.503.text");
		}
	}

	/** The request as the rest of the portal reads it; null if its fields are too long together. */
	private HttpServletRequest form(HttpServletRequest request, MultiPartFormData.Parts parts) {
		MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Map<String, String> contentTypes = new LinkedHashMap<>();
		long fieldBytes = 0;
		for (MultiPart.Part part : parts) {
			String name = part.getName();
			if (name == null) {
				continue;
			}
			contentTypes.putIfAbsent(name, part.getHeaders().get(HttpHeader.CONTENT_TYPE));
			if (part.getFileName() != null) {
				files.add(name, new FormFile(part));
				continue;
			}
			fieldBytes += part.getLength();
			if (fieldBytes > this.limits.fields()) {
				return null;
			}
			fields.computeIfAbsent(name, key -> new ArrayList<>())
				.add(part.getContentAsString(StandardCharsets.UTF_8));
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
		return new DefaultMultipartHttpServletRequest(request, files, parameters, contentTypes);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey) throws IOException {
		if (messageKey != null) {
			request.setAttribute(ErrorPageMessage.ATTRIBUTE, messageKey);
		}
		// What the client is still sending is not read: the web server closes the connection.
		response.setHeader("Connection", "close");
		response.sendError(status.value());
	}

	/** Why a form is refused while it is read. */
	static final class FormRefusedException extends IOException {

		private final HttpStatus status;

		private final String messageKey;

		FormRefusedException(HttpStatus status, String messageKey) {
			super(status.getReasonPhrase());
			this.status = status;
			this.messageKey = messageKey;
		}

		static FormRefusedException from(Throwable failure) {
			if (StoreUnavailableException.diskFull(failure)) {
				log.error("Upload refused: the upload folder's disk is full");
				return new FormRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "error.503.storeFull");
			}
			// Jetty's parser says which limit a form broke only in its words: "max length exceeded",
			// "Form with too many keys"; anything else (a body cut short, a malformed part, headers
			// too long) is a form that cannot be read.
			String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
			if (message.startsWith("max length exceeded") || message.contains("too many keys")) {
				return new FormRefusedException(HttpStatus.CONTENT_TOO_LARGE, null);
			}
			log.debug("Multipart form not read: {}", failure.getClass().getSimpleName());
			return new FormRefusedException(HttpStatus.BAD_REQUEST, null);
		}

	}

}

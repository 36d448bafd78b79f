package vn.dvc.portal.shared.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page as every anonymous visitor gets it: its headers, and its body cut where the
 * visitor's own CSRF token goes. A page without such a hole has an entity tag, and is compressed
 * once, when a browser first asks for it compressed (many searches are asked for only once).
 */
final class CachedPage {

	/** A header of the render; {@code first} on the first value of its name, which replaces rather than adds. */
	record Header(String name, String value, boolean first) {
	}

	/** Rendered in place of the CSRF token; only letters, digits and dashes, so no escaping alters it. */
	static final String HOLE = "dvc-csrf-hole-5b1f0e7c";

	private static final byte[] HOLE_BYTES = HOLE.getBytes(StandardCharsets.US_ASCII);

	private final String contentType;

	private final List<Header> headers;

	/** The body, split at each hole (one part: no hole). */
	private final List<byte[]> parts;

	/** The entity tag, null for a page with holes (its body differs for each visitor). */
	private final String etag;

	private final long expiresAtNanos;

	private volatile byte[] gzip;

	private CachedPage(String contentType, List<Header> headers, List<byte[]> parts, String etag,
			long expiresAtNanos) {
		this.contentType = contentType;
		this.headers = headers;
		this.parts = parts;
		this.etag = etag;
		this.expiresAtNanos = expiresAtNanos;
	}

	static CachedPage of(String contentType, List<Header> headers, byte[] body, long expiresAtNanos) {
		List<byte[]> parts = split(body);
		return new CachedPage(contentType, headers, parts, (parts.size() > 1) ? null : etag(body), expiresAtNanos);
	}

	String contentType() {
		return this.contentType;
	}

	List<Header> headers() {
		return this.headers;
	}

	String etag() {
		return this.etag;
	}

	/** The body compressed; only for a page without holes. */
	byte[] gzip() {
		byte[] compressed = this.gzip;
		if (compressed == null) {
			// Two visitors at once may both compress it: the same bytes, so either copy will do.
			compressed = gzip(this.parts.get(0));
			this.gzip = compressed;
		}
		return compressed;
	}

	boolean hasHoles() {
		return this.parts.size() > 1;
	}

	boolean isFresh(long nowNanos) {
		return nowNanos - this.expiresAtNanos < 0;
	}

	/** The body with the token in every hole. */
	byte[] body(String token) {
		if (!hasHoles()) {
			return this.parts.get(0);
		}
		byte[] filling = token.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream(weight());
		for (int i = 0; i < this.parts.size(); i++) {
			if (i > 0) {
				out.writeBytes(filling);
			}
			out.writeBytes(this.parts.get(i));
		}
		return out.toByteArray();
	}

	/** Roughly the bytes this page holds, for the cache's bound. */
	int weight() {
		// The compressed copy is a fraction of the body, and it may not exist yet: counted as a quarter.
		int size = 0;
		for (byte[] part : this.parts) {
			size += part.length + part.length / 4;
		}
		return size + 512;
	}

	private static List<byte[]> split(byte[] body) {
		List<byte[]> parts = new ArrayList<>();
		int start = 0;
		for (int at = indexOf(body, 0); at >= 0; at = indexOf(body, start)) {
			parts.add(Arrays.copyOfRange(body, start, at));
			start = at + HOLE_BYTES.length;
		}
		parts.add((start == 0) ? body : Arrays.copyOfRange(body, start, body.length));
		return parts;
	}

	private static int indexOf(byte[] body, int from) {
		outer: for (int i = from; i <= body.length - HOLE_BYTES.length; i++) {
			for (int j = 0; j < HOLE_BYTES.length; j++) {
				if (body[i + j] != HOLE_BYTES[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A checksum of the body and its length: it tells one rendering from another, and a page's
	 * tag is not a secret. Weak: the compressed and the plain body are the same page.
	 */
	private static String etag(byte[] body) {
		CRC32C checksum = new CRC32C();
		checksum.update(body);
		return "W/\"" + Long.toHexString(checksum.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
	}

}

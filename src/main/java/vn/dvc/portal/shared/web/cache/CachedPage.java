package vn.dvc.portal.shared.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page as every anonymous visitor gets it: its headers, and its body cut where the
 * visitor's own CSRF token goes. A page without such a hole is also kept compressed and has an
 * entity tag.
 *
 * @param parts the body, split at each hole (one part: no hole)
 * @param gzip the body compressed, null for a page with holes
 * @param etag the entity tag, null for a page with holes (its body differs for each visitor)
 */
record CachedPage(String contentType, List<String[]> headers, List<byte[]> parts, byte[] gzip, String etag,
		long expiresAtNanos) {

	/** Rendered in place of the CSRF token; only letters, digits and dashes, so no escaping alters it. */
	static final String HOLE = "dvc-csrf-hole-5b1f0e7c";

	private static final byte[] HOLE_BYTES = HOLE.getBytes(StandardCharsets.US_ASCII);

	static CachedPage of(String contentType, List<String[]> headers, byte[] body, long expiresAtNanos) {
		List<byte[]> parts = split(body);
		if (parts.size() > 1) {
			return new CachedPage(contentType, headers, parts, null, null, expiresAtNanos);
		}
		return new CachedPage(contentType, headers, parts, gzip(body), etag(body), expiresAtNanos);
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
		int size = (this.gzip != null) ? this.gzip.length : 0;
		for (byte[] part : this.parts) {
			size += part.length;
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

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			// Weak: the compressed and the plain body are the same page.
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

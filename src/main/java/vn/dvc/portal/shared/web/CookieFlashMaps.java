package vn.dvc.portal.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

import vn.dvc.portal.shared.security.PersonalKeys;

/**
 * Keeps the messages carried over a redirect (flash attributes: "saved", the code of a filed
 * dossier) in a cookie of the browser instead of the session. In the session, every post that
 * redirected with a message rewrote the session's row and its attributes, and the next page
 * rewrote them again to take the message out: two writes to the database for a message, and a
 * session made for an anonymous visitor who was shown one.
 *
 * <p>The cookie is signed with the portal's secret (the same on every node), so nobody can make
 * the portal show a message it did not give: a cookie whose signature does not match is ignored
 * (and expires). The attributes are the portal's own values (message keys, a dossier's code, a
 * file's name, a payment's address and amount, yes or no), written as text, yes-or-no or whole
 * numbers, never as Java objects; an attribute of another type is a programming error. A message
 * waits at most {@link #TIMEOUT}, as with Spring's default; the cookie is {@code HttpOnly},
 * {@code SameSite=Lax}, and {@code Secure} over HTTPS.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
final class CookieFlashMaps extends AbstractFlashMapManager {

	static final String COOKIE = "DVC-FLASH";

	static final Duration TIMEOUT = Duration.ofSeconds(180);

	/** Below the 4,096 bytes a browser keeps of a cookie, with its name and attributes. */
	static final int MAX_COOKIE_VALUE = 3_800;

	/**
	 * A text is cut to this many bytes of UTF-8: a payment gateway's address (some 600) is the
	 * longest the portal carries whole; a file name sent by a client can be longer, and is shown cut.
	 */
	static final int MAX_TEXT_BYTES = 1024;

	private static final String PURPOSE = "flash-maps";

	private static final byte FORMAT = 2;

	private static final byte TEXT = 'S';

	private static final byte YES_NO = 'B';

	private static final byte WHOLE_NUMBER = 'L';

	/** The maps as this request left them, so that a save after a retrieval starts from those. */
	private static final String CURRENT = CookieFlashMaps.class.getName() + ".CURRENT";

	private final PersonalKeys keys;

	CookieFlashMaps(PersonalKeys keys) {
		this.keys = keys;
		setFlashMapTimeout((int) TIMEOUT.toSeconds());
	}

	@Override
	@SuppressWarnings("unchecked")
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Object current = request.getAttribute(CURRENT);
		if (current != null) {
			return (List<FlashMap>) current;
		}
		String value = cookieValue(request);
		return (value != null) ? read(value) : null;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		List<FlashMap> kept = new ArrayList<>(flashMaps);
		String value = write(kept);
		// The oldest messages give way when the cookie would be too large for a browser to keep.
		while (value != null && value.length() > MAX_COOKIE_VALUE) {
			kept.remove(0);
			value = write(kept);
		}
		request.setAttribute(CURRENT, kept);
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, (value != null) ? value : "")
			.path(cookiePath(request))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge((value != null) ? TIMEOUT : Duration.ZERO);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	/** No lock: the maps are the browser's, and two parallel requests each write what they saw. */
	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		return null;
	}

	private static String cookiePath(HttpServletRequest request) {
		String contextPath = request.getContextPath();
		return contextPath.isEmpty() ? "/" : contextPath;
	}

	private static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/** The maps of a cookie, none when the portal did not sign it (it then expires by itself). */
	private List<FlashMap> read(String value) {
		int dot = value.lastIndexOf('.');
		if (dot <= 0 || value.length() > MAX_COOKIE_VALUE) {
			return List.of();
		}
		String payload = value.substring(0, dot);
		byte[] signature = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(signature, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
			return List.of();
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(payload)))) {
			if (in.readByte() != FORMAT) {
				return List.of();
			}
			int count = in.readUnsignedByte();
			List<FlashMap> maps = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				maps.add(readMap(in));
			}
			return maps;
		}
		catch (IOException | IllegalArgumentException ex) {
			// Signed by this portal in another format: the messages are lost, nothing else.
			return List.of();
		}
	}

	private static FlashMap readMap(DataInputStream in) throws IOException {
		FlashMap map = new FlashMap();
		long expiresAt = in.readLong();
		String path = in.readUTF();
		map.setTargetRequestPath(path.isEmpty() ? null : path);
		int parameters = in.readUnsignedByte();
		for (int i = 0; i < parameters; i++) {
			map.addTargetRequestParam(in.readUTF(), in.readUTF());
		}
		int attributes = in.readUnsignedByte();
		for (int i = 0; i < attributes; i++) {
			String name = in.readUTF();
			byte type = in.readByte();
			map.put(name, switch (type) {
				case TEXT -> in.readUTF();
				case YES_NO -> in.readBoolean();
				case WHOLE_NUMBER -> in.readLong();
				default -> throw new IOException("Unknown type " + type);
			});
		}
		map.setExpirationTime(expiresAt);
		return map;
	}

	/** The signed cookie value of the maps, null when there are none. */
	private String write(List<FlashMap> maps) {
		if (maps.isEmpty()) {
			return null;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			int count = Math.min(maps.size(), 255);
			out.writeByte(count);
			for (FlashMap map : maps.subList(maps.size() - count, maps.size())) {
				writeMap(map, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
		return payload + "." + sign(payload);
	}

	private static void writeMap(FlashMap map, DataOutputStream out) throws IOException {
		out.writeLong(map.getExpirationTime());
		out.writeUTF(cut((map.getTargetRequestPath() != null) ? map.getTargetRequestPath() : ""));
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		map.getTargetRequestParams().forEach((name, values) -> values.forEach(v -> parameters.add(Map.entry(name, v))));
		int count = Math.min(parameters.size(), 255);
		out.writeByte(count);
		for (Map.Entry<String, String> parameter : parameters.subList(0, count)) {
			out.writeUTF(cut(parameter.getKey()));
			out.writeUTF(cut(parameter.getValue()));
		}
		List<Map.Entry<String, Object>> attributes = new ArrayList<>(map.entrySet());
		count = Math.min(attributes.size(), 255);
		out.writeByte(count);
		for (Map.Entry<String, Object> attribute : attributes.subList(0, count)) {
			out.writeUTF(cut(attribute.getKey()));
			Object value = attribute.getValue();
			if (value instanceof String text) {
				out.writeByte(TEXT);
				out.writeUTF(cut(text));
			}
			else if (value instanceof Boolean yesNo) {
				out.writeByte(YES_NO);
				out.writeBoolean(yesNo);
			}
			else if (value instanceof Long || value instanceof Integer) {
				out.writeByte(WHOLE_NUMBER);
				out.writeLong(((Number) value).longValue());
			}
			else {
				throw new IllegalArgumentException("A flash attribute is a text, a yes or no or a whole number, not "
						+ attribute.getKey() + " of " + ((value != null) ? value.getClass().getName() : "null"));
			}
		}
	}

	/** The text, cut at a character to at most {@link #MAX_TEXT_BYTES} of UTF-8. */
	private static String cut(String value) {
		CharBuffer text = CharBuffer.wrap(value);
		// The encoder stops at the last whole character that fits.
		StandardCharsets.UTF_8.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.encode(text, ByteBuffer.allocate(MAX_TEXT_BYTES), true);
		return text.hasRemaining() ? value.substring(0, text.position()) : value;
	}

	private String sign(String payload) {
		return this.keys.of(PURPOSE, payload);
	}

}

package vn.dvc.portal.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

/**
 * HTML rendered once with markers where each request's values go, kept as UTF-8 bytes between
 * them: a request writes the kept bytes and its own values, where a render would walk the template
 * and encode the whole page again (encoding Vietnamese text was a sixth of a page's time).
 */
public final class SlottedHtml {

	private final byte[][] segments;

	private final int[] slots;

	private SlottedHtml(byte[][] segments, int[] slots) {
		this.segments = segments;
		this.slots = slots;
	}

	/**
	 * The HTML cut at each of these markers, wherever and however often they appear; a slot is
	 * known by its marker's place in the list.
	 */
	public static SlottedHtml split(String html, List<String> markers) {
		List<byte[]> segments = new ArrayList<>();
		List<Integer> slots = new ArrayList<>();
		int from = 0;
		while (true) {
			int at = -1;
			int slot = -1;
			for (int i = 0; i < markers.size(); i++) {
				int found = html.indexOf(markers.get(i), from);
				if (found >= 0 && (at < 0 || found < at)) {
					at = found;
					slot = i;
				}
			}
			if (at < 0) {
				segments.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
				break;
			}
			segments.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
			slots.add(slot);
			from = at + markers.get(slot).length();
		}
		return new SlottedHtml(segments.toArray(byte[][]::new), slots.stream().mapToInt(Integer::intValue).toArray());
	}

	/** How many times the slot appears. */
	public int count(int slot) {
		int count = 0;
		for (int each : this.slots) {
			if (each == slot) {
				count++;
			}
		}
		return count;
	}

	/** The kept bytes, with each slot's value written by {@code values} where the slot is. */
	public void write(OutputStream out, Values values) throws IOException {
		for (int i = 0; i < this.slots.length; i++) {
			out.write(this.segments[i]);
			values.write(this.slots[i], out);
		}
		out.write(this.segments[this.slots.length]);
	}

	/**
	 * The page these kept bytes are, as a view: an HTML page in UTF-8 written from them with each
	 * slot's value written by {@code values}.
	 */
	public View page(Values values) {
		return new Page(this, values);
	}

	private record Page(SlottedHtml html, Values values) implements View {

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setContentType(getContentType());
			this.html.write(response.getOutputStream(), this.values);
		}

	}

	/** Writes a slot's value. */
	@FunctionalInterface
	public interface Values {

		void write(int slot, OutputStream out) throws IOException;

	}

}

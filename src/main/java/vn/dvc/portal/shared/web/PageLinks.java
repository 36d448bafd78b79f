package vn.dvc.portal.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links between the pages of a list, for the pagination fragment: the first, the last, and two on
 * each side of the current one, so that a list of two hundred pages does not print two hundred
 * links. Each link is the current address with another page number.
 */
@Component("pageLinks")
public class PageLinks {

	/** The links of one list. */
	public record Links(String previous, String next, List<Link> pages) {
	}

	/** A page number to show, or a gap between two (null url, number -1). */
	public record Link(int number, String url, boolean current) {

		public boolean gap() {
			return this.number < 0;
		}

	}

	/**
	 * The links of one list, each {@code base} followed by {@code page=} and the page's number: the
	 * current address without its page number ({@link #base()}) when {@code base} is null.
	 */
	public Links of(Page<?> page, String base) {
		String start = (base != null) ? base : base();
		int current = page.getNumber();
		int last = Math.max(page.getTotalPages() - 1, 0);
		List<Link> shown = new ArrayList<>();
		int previous = -1;
		for (int number : window(current, last)) {
			if (number > previous + 1) {
				shown.add(new Link(-1, null, false));
			}
			shown.add(new Link(number, to(start, number), number == current));
			previous = number;
		}
		return new Links(to(start, Math.max(current - 1, 0)), to(start, Math.min(current + 1, last)), shown);
	}

	/**
	 * The current address without its page number, ready for one: its path, then its query without
	 * {@code page} and a {@code &} if anything is left, after a {@code ?}.
	 */
	public static String base() {
		UriComponents here = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
		return here.getPath() + "?" + ((here.getQuery() != null) ? here.getQuery() + "&" : "");
	}

	static List<Integer> window(int current, int last) {
		List<Integer> numbers = new ArrayList<>();
		for (int number = 0; number <= last; number++) {
			if (number == 0 || number == last || Math.abs(number - current) <= 2) {
				numbers.add(number);
			}
		}
		return numbers;
	}

	private static String to(String base, int page) {
		return base + "page=" + page;
	}

}

package vn.dvc.portal.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.unbescape.html.HtmlEscape;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.ProcedureSummary;
import vn.dvc.portal.shared.web.PageLinks;
import vn.dvc.portal.shared.web.PartRenderer;
import vn.dvc.portal.shared.web.SlottedHtml;

/**
 * The catalogue's search page for anonymous visitors, put together from kept parts. A search with
 * words no one typed before is not in the page cache, and most of its time went into rendering what
 * does not change with the words.
 * <ul>
 * <li>The page around the results (the layout, the search form with its filters' choices, the header
 * and the footer) is rendered once per language and choice of filters, with slots for the typed
 * words and the results.</li>
 * <li>The results (their count, rows and pages) are rendered once per language, count and page, with
 * slots for the rows and for the search's address in the links to other pages.</li>
 * <li>Each row is kept by {@link ProcedureRows}.</li>
 * </ul>
 * A request writes the kept bytes with its words, rows and address between them, escaped as the
 * template escapes them. The kept parts depend on no one, and on nothing of the catalogue but its
 * agencies, in the filter: they are rendered again when the catalogue reads new agencies. Signed-in
 * viewers, whose header has their name, get the page rendered whole.
 */
@Component
class SearchPages {

	static final String TEMPLATE = "catalog/procedures";

	/** Markers of the slots, letters only or comments, which escaping leaves as they are. */
	private static final List<String> PAGE_SLOTS = List.of("dvcTypedWordsSlot", "<!--dvc-results-slot-->");

	private static final int WORDS = 0;

	private static final int RESULTS = 1;

	private static final List<String> RESULTS_SLOTS = List.of("<!--dvc-rows-slot-->", "dvcPageBaseSlot");

	private static final int ROWS = 0;

	private static final int PAGE_BASE = 1;

	/** Two languages times the agencies and levels a filter can choose (made-up agencies are not kept). */
	private static final int PAGES_KEPT = 2_000;

	/** Two languages times counts of results times pages. */
	private static final int RESULTS_KEPT = 20_000;

	private final PartRenderer renderer;

	private final ProcedureRows rows;

	private final Cache<String, Kept> pages = Caffeine.newBuilder().maximumSize(PAGES_KEPT).build();

	private final Cache<String, SlottedHtml> results = Caffeine.newBuilder().maximumSize(RESULTS_KEPT).build();

	SearchPages(PartRenderer renderer, ProcedureRows rows) {
		this.renderer = renderer;
		this.rows = rows;
	}

	/**
	 * The page of these results for these words, from the parts kept for its filters (in the model,
	 * as the template reads them) in this language.
	 */
	View page(Map<String, Object> model, String words, List<AgencySummary> agencies, Page<ProcedureSummary> found,
			Locale locale) {
		String language = locale.toLanguageTag();
		String pageKey = language + '|' + model.get("agency") + '|' + model.get("level") + '|' + model.get("adminLevel");
		Kept page = this.pages.getIfPresent(pageKey);
		if (page == null || page.agencies() != agencies) {
			page = new Kept(agencies, renderPage(model, locale));
			this.pages.put(pageKey, page);
		}
		SlottedHtml list = this.results.get(language + '|' + found.getTotalElements() + '|' + found.getNumber() + '|'
				+ found.getSize(), key -> renderResults(found, locale));
		byte[] typed = utf8(HtmlEscape.escapeHtml4Xml((words != null) ? words : ""));
		List<byte[]> rows = this.rows.utf8(found.getContent(), locale);
		byte[] pageBase = utf8(HtmlEscape.escapeHtml4Xml(PageLinks.base()));
		// One visitor's page: the kept parts with their words, rows and address.
		return page.html().page((slot, out) -> {
			if (slot == WORDS) {
				out.write(typed);
			}
			else {
				list.write(out, (inResults, to) -> {
					if (inResults == ROWS) {
						for (byte[] row : rows) {
							to.write(row);
						}
					}
					else {
						to.write(pageBase);
					}
				});
			}
		});
	}

	private SlottedHtml renderPage(Map<String, Object> model, Locale locale) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("q", PAGE_SLOTS.get(WORDS));
		variables.put("resultsSlot", PAGE_SLOTS.get(RESULTS));
		SlottedHtml html = SlottedHtml.split(this.renderer.page(TEMPLATE, locale, variables), PAGE_SLOTS);
		if (html.count(WORDS) != 1 || html.count(RESULTS) != 1) {
			throw new IllegalStateException(TEMPLATE + " must show the typed words and the results once each");
		}
		return html;
	}

	private SlottedHtml renderResults(Page<ProcedureSummary> found, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		// The count and the pages of these results, without their rows.
		variables.put("results", new PageImpl<>(List.of(), PageRequest.of(found.getNumber(), found.getSize()),
				found.getTotalElements()));
		variables.put("rows", RESULTS_SLOTS.get(ROWS));
		variables.put("pageBase", RESULTS_SLOTS.get(PAGE_BASE));
		return SlottedHtml.split(this.renderer.fragment(TEMPLATE, "results", locale, variables), RESULTS_SLOTS);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The page around the words and results, for the agencies it was rendered with. */
	private record Kept(List<AgencySummary> agencies, SlottedHtml html) {
	}

}

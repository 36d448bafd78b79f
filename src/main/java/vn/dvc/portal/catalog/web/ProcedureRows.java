package vn.dvc.portal.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import vn.dvc.portal.catalog.ProcedureSummary;
import vn.dvc.portal.shared.web.PartRenderer;

/**
 * The catalogue's result rows, each rendered once per language: a search page is mostly its ten
 * rows, and a row only changes with its procedure. The rows are kept for the summaries of the
 * catalogue as it is read now, compared by identity: when the catalogue changes its index reads new
 * summaries, and the old rows are neither found nor kept.
 */
@Component
class ProcedureRows {

	private static final String TEMPLATE = "catalog/procedure-row";

	private final PartRenderer renderer;

	private final Map<String, Cache<ProcedureSummary, Row>> byLanguage = new ConcurrentHashMap<>();

	ProcedureRows(PartRenderer renderer) {
		this.renderer = renderer;
	}

	/** The rows of these procedures, in their order, as HTML escaped by the row's template. */
	String html(List<ProcedureSummary> procedures, Locale locale) {
		StringBuilder html = new StringBuilder(procedures.size() * 900);
		for (ProcedureSummary procedure : procedures) {
			html.append(row(procedure, locale).html());
		}
		return html.toString();
	}

	/** The same rows, each in UTF-8. */
	List<byte[]> utf8(List<ProcedureSummary> procedures, Locale locale) {
		List<byte[]> rows = new ArrayList<>(procedures.size());
		for (ProcedureSummary procedure : procedures) {
			rows.add(row(procedure, locale).utf8());
		}
		return rows;
	}

	private Row row(ProcedureSummary procedure, Locale locale) {
		Cache<ProcedureSummary, Row> rows = this.byLanguage.computeIfAbsent(locale.getLanguage(),
				language -> Caffeine.newBuilder().weakKeys().maximumSize(10_000).build());
		return rows.get(procedure, summary -> {
			String html = this.renderer.fragment(TEMPLATE, "row", locale, Map.of("p", summary));
			return new Row(html, html.getBytes(StandardCharsets.UTF_8));
		});
	}

	private record Row(String html, byte[] utf8) {
	}

}

package vn.dvc.portal.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;

import vn.dvc.portal.catalog.ProcedureSummary;

/**
 * The catalogue's result rows, each rendered once per language: a search page is mostly its ten
 * rows, and a row only changes with its procedure. The rows are kept for the summaries of the
 * catalogue as it is read now, compared by identity: when the catalogue changes its index reads new
 * summaries, and the old rows are neither found nor kept.
 */
@Component
class ProcedureRows {

	private static final String TEMPLATE = "catalog/procedure-row";

	private static final Set<String> FRAGMENT = Set.of("row");

	private final ITemplateEngine templates;

	private final Map<String, Cache<ProcedureSummary, String>> byLanguage = new ConcurrentHashMap<>();

	ProcedureRows(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The rows of these procedures, in their order, as HTML escaped by the row's template. */
	String html(List<ProcedureSummary> procedures, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Cache<ProcedureSummary, String> rows = this.byLanguage.computeIfAbsent(locale.getLanguage(),
				language -> Caffeine.newBuilder().weakKeys().maximumSize(10_000).build());
		StringBuilder html = new StringBuilder(procedures.size() * 900);
		for (ProcedureSummary procedure : procedures) {
			html.append(rows.get(procedure, summary -> render(summary, locale, request, response)));
		}
		return html.toString();
	}

	private String render(ProcedureSummary procedure, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
				locale, Map.of("p", procedure));
		return this.templates.process(TEMPLATE, FRAGMENT, context);
	}

}

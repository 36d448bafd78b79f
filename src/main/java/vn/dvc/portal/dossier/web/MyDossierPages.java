package vn.dvc.portal.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.unbescape.html.HtmlEscape;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import vn.dvc.portal.dossier.DossierSummary;
import vn.dvc.portal.shared.security.Viewer;
import vn.dvc.portal.shared.web.PartRenderer;
import vn.dvc.portal.shared.web.SlottedHtml;

/**
 * "Hồ sơ của tôi" put together from kept parts: it is the page a citizen reloads most, and rendering
 * it whole (the template, then twenty rows) was two thirds of its time.
 * <ul>
 * <li>The page around the rows (the layout, the header for the viewer's roles, the title, the
 * pagination) is rendered once per language, roles, count of dossiers and page, with a stand-in
 * viewer and CSRF token whose values are slots: it holds nothing of anyone.</li>
 * <li>The rows are written by {@link DossierRows}.</li>
 * </ul>
 * A request writes the kept bytes with the viewer's name, their session's CSRF token and their rows
 * between them, escaped as the template escapes them.
 */
@Component
class MyDossierPages {

	static final String TEMPLATE = "dossier/list";

	/** Markers of the slots, letters only or a comment, which escaping leaves as they are. */
	private static final List<String> SLOTS = List.of("dvcViewerNameSlot", "dvcCsrfTokenSlot",
			"<!--dvc-rows-slot-->");

	private static final int NAME = 0;

	private static final int TOKEN = 1;

	private static final int ROWS = 2;

	/** Languages times kinds of viewer times counts of dossiers times pages. */
	private static final int KEPT = 5_000;

	private final PartRenderer renderer;

	private final DossierRows rows;

	private final Cache<String, SlottedHtml> pages = Caffeine.newBuilder().maximumSize(KEPT).build();

	MyDossierPages(PartRenderer renderer, DossierRows rows) {
		this.renderer = renderer;
		this.rows = rows;
	}

	/** This page of the viewer's dossiers, with the logout form carrying this token. */
	View page(Page<DossierSummary> dossiers, Viewer.Seen viewer, CsrfToken token, Locale locale) {
		List<String> roles = viewer.roles().stream().sorted().toList();
		String key = locale.toLanguageTag() + '|' + roles + '|' + token.getParameterName() + '|'
				+ dossiers.getTotalElements() + '|' + dossiers.getNumber() + '|' + dossiers.getSize();
		SlottedHtml page = this.pages.get(key, ignored -> render(dossiers, roles, token, locale));
		byte[] name = utf8(HtmlEscape.escapeHtml4Xml(viewer.displayName()));
		byte[] tokenValue = utf8(HtmlEscape.escapeHtml4Xml(token.getToken()));
		List<DossierSummary> listed = dossiers.getContent();
		// One viewer's page: the kept parts with their name, token and rows.
		return page.page((slot, out) -> {
			switch (slot) {
				case NAME -> out.write(name);
				case TOKEN -> out.write(tokenValue);
				default -> this.rows.write(listed, locale, out);
			}
		});
	}

	private SlottedHtml render(Page<DossierSummary> dossiers, List<String> roles, CsrfToken token, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		// The count and the pages of these dossiers, without their rows.
		variables.put("dossiers", new PageImpl<>(List.of(), PageRequest.of(dossiers.getNumber(), dossiers.getSize()),
				dossiers.getTotalElements()));
		variables.put("rows", SLOTS.get(ROWS));
		variables.put("shownViewer", new Viewer.Seen(true, SLOTS.get(NAME), Set.copyOf(roles)));
		// Read by the forms' hidden CSRF field, as the session's own token would be.
		variables.put(CsrfToken.class.getName(),
				new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), SLOTS.get(TOKEN)));
		SlottedHtml html = SlottedHtml.split(this.renderer.page(TEMPLATE, locale, variables), SLOTS);
		for (int slot = 0; slot < SLOTS.size(); slot++) {
			// No table, and no slot for its rows, when there are no dossiers.
			if (html.count(slot) != ((slot == ROWS && dossiers.getTotalElements() == 0) ? 0 : 1)) {
				throw new IllegalStateException(TEMPLATE + " must show " + SLOTS.get(slot) + " once");
			}
		}
		return html;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

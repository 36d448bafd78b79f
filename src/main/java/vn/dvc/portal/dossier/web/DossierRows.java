package vn.dvc.portal.dossier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

import vn.dvc.portal.dossier.DossierSummary;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.web.PartRenderer;
import vn.dvc.portal.shared.web.SlottedHtml;

/**
 * The rows of "Hồ sơ của tôi". A row's template is rendered once per language, status and whether
 * the dossier has a code yet, with slots for the rest, and each row is written from those bytes with
 * its own values, escaped as the template escapes them, then kept a while for the next reload: the
 * page is mostly its twenty rows, and rendering them was most of its time.
 */
@Component
class DossierRows {

	static final String TEMPLATE = "dossier/list-row";

	/** Markers of the slots, letters only, which escaping and links leave as they are. */
	private static final List<String> SLOTS = List.of("dvcDossierIdSlot", "dvcDossierCodeSlot",
			"dvcProcedureNameSlot", "dvcAgencyNameSlot", "dvcWhenSlot");

	private static final int ID = 0;

	private static final int CODE = 1;

	private static final int PROCEDURE = 2;

	private static final int AGENCY = 3;

	private static final int WHEN = 4;

	/** As the list always showed it: the portal's time, Vietnam's. */
	private static final DateTimeFormatter WHEN_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	/** Languages times statuses times with or without a code; more only from made-up languages. */
	private static final int KEPT = 500;

	/** About 700 bytes each, with their keys. */
	private static final int WRITTEN = 10_000;

	private final PartRenderer renderer;

	private final Cache<String, SlottedHtml> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

	/**
	 * Rows written lately, for a citizen reloading the list: a row is kept for its dossier as read
	 * (any change of it is another key), in its language.
	 */
	private final Cache<Written, byte[]> written = Caffeine.newBuilder().maximumSize(WRITTEN).build();

	DossierRows(PartRenderer renderer) {
		this.renderer = renderer;
	}

	/** The rows of these dossiers, in their order, as HTML. */
	String html(List<DossierSummary> dossiers, Locale locale) {
		ByteArrayOutputStream html = new ByteArrayOutputStream(dossiers.size() * 600);
		try {
			write(dossiers, locale, html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return html.toString(StandardCharsets.UTF_8);
	}

	/** Writes the rows of these dossiers, in their order, in UTF-8. */
	void write(List<DossierSummary> dossiers, Locale locale, OutputStream out) throws IOException {
		String language = locale.toLanguageTag();
		for (DossierSummary dossier : dossiers) {
			out.write(this.written.get(new Written(language, dossier), key -> utf8(dossier, locale)));
		}
	}

	private byte[] utf8(DossierSummary dossier, Locale locale) {
		ByteArrayOutputStream utf8 = new ByteArrayOutputStream(700);
		try {
			row(dossier.status(), dossier.code() != null, locale).write(utf8,
					(slot, to) -> to.write(value(dossier, slot).getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return utf8.toByteArray();
	}

	private static String value(DossierSummary dossier, int slot) {
		return switch (slot) {
			case ID -> dossier.id().toString();
			case CODE -> HtmlEscape.escapeHtml4Xml(dossier.code());
			case PROCEDURE -> HtmlEscape.escapeHtml4Xml(dossier.procedureName());
			case AGENCY -> HtmlEscape.escapeHtml4Xml(dossier.agencyName());
			case WHEN -> WHEN_FORMAT.format((dossier.submittedAt() != null) ? dossier.submittedAt() : dossier.createdAt());
			default -> throw new IllegalArgumentException("No slot " + slot);
		};
	}

	private SlottedHtml row(DossierStatus status, boolean hasCode, Locale locale) {
		return this.kept.get(locale.toLanguageTag() + '|' + status + '|' + hasCode, key -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("d", new Shown(SLOTS.get(ID), hasCode ? SLOTS.get(CODE) : null, SLOTS.get(PROCEDURE),
					SLOTS.get(AGENCY), status));
			variables.put("when", SLOTS.get(WHEN));
			SlottedHtml html = SlottedHtml.split(this.renderer.fragment(TEMPLATE, "row", locale, variables), SLOTS);
			for (int slot = 0; slot < SLOTS.size(); slot++) {
				if (html.count(slot) != ((slot == CODE && !hasCode) ? 0 : 1)) {
					throw new IllegalStateException(TEMPLATE + " must show " + SLOTS.get(slot) + " once");
				}
			}
			return html;
		});
	}

	private record Written(String language, DossierSummary dossier) {
	}

	/** What the row's template reads of a dossier, here the slots' markers. */
	public record Shown(String id, String code, String procedureName, String agencyName, DossierStatus status) {
	}

}

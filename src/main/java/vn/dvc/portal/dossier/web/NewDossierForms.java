package vn.dvc.portal.dossier.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.unbescape.html.HtmlEscape;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.documents.PersonalDocumentView;
import vn.dvc.portal.dossier.Party;
import vn.dvc.portal.shared.Provinces;
import vn.dvc.portal.shared.security.Viewer;
import vn.dvc.portal.shared.web.PartRenderer;
import vn.dvc.portal.shared.web.SlottedHtml;

/**
 * The form of a new dossier put together from kept parts: every filing opens it, and rendering it
 * whole (the layout, three parties of fields, the procedure's documents) was a quarter of the time
 * of filing a dossier.
 * <ul>
 * <li>The form is rendered once per procedure (as the catalogue shows it now), language and roles,
 * with stand-ins whose values are slots: the viewer's name, the CSRF token, the form key and the
 * submitter's name, phone, e-mail and address. It holds nothing of anyone.</li>
 * <li>Where each document's picker of the citizen's own stored documents goes there is a slot too:
 * a request renders the pickers of the documents its citizen has something for, and nothing for
 * the others, as the whole form does.</li>
 * </ul>
 * A request writes the kept bytes with its values between them, escaped as the template escapes
 * them.
 */
@Component
class NewDossierForms {

	static final String TEMPLATE = "dossier/form";

	/** Markers of the slots, letters only or a comment, which escaping leaves as they are. */
	private static final List<String> SLOTS = List.of("dvcViewerNameSlot", "dvcCsrfTokenSlot", "dvcFormKeySlot",
			"dvcSubmitterNameSlot", "dvcSubmitterPhoneSlot", "dvcSubmitterEmailSlot", "dvcSubmitterAddressSlot",
			"<!--dvc-store-picker-slot-->");

	private static final int NAME = 0;

	private static final int TOKEN = 1;

	private static final int FORM_KEY = 2;

	private static final int SUBMITTER_NAME = 3;

	private static final int SUBMITTER_PHONE = 4;

	private static final int SUBMITTER_EMAIL = 5;

	private static final int SUBMITTER_ADDRESS = 6;

	private static final int STORE_PICKER = 7;

	/** Procedures times languages times kinds of viewer. */
	private static final int KEPT = 5_000;

	/** The form as rendered for a procedure's details: rendered again when they change. */
	private record Kept(ProcedureDetails procedure, SlottedHtml html) {
	}

	private final PartRenderer renderer;

	private final Cache<String, Kept> forms = Caffeine.newBuilder().maximumSize(KEPT).build();

	NewDossierForms(PartRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * The new form of this procedure for the viewer, filled with the submitter's details.
	 * @param variables what the whole form is rendered with besides the procedure and the form
	 * (the size limit, the citizen's stored documents): the same for a kept form and a whole one
	 */
	View page(ProcedureDetails procedure, DossierForm form, Party submitter, List<PersonalDocumentView> stored,
			Map<String, Object> variables, Viewer.Seen viewer, CsrfToken token, Locale locale) {
		List<String> roles = viewer.roles().stream().sorted().toList();
		String key = procedure.id().value() + "|" + locale.toLanguageTag() + '|' + roles + '|'
				+ token.getParameterName() + '|' + variables.get("maxFileSizeMb");
		Kept kept = this.forms.getIfPresent(key);
		if (kept == null || !kept.procedure().equals(procedure)) {
			kept = new Kept(procedure, render(procedure, roles, token, variables, locale));
			this.forms.put(key, kept);
		}
		byte[][] values = new byte[STORE_PICKER][];
		values[NAME] = escaped(viewer.displayName());
		values[TOKEN] = escaped(token.getToken());
		// The fields' values escaped as Spring's form binding escapes them (HTML 4 entities).
		values[FORM_KEY] = asField(form.getFormKey().toString());
		values[SUBMITTER_NAME] = asField(submitter.name());
		values[SUBMITTER_PHONE] = asField(submitter.phone());
		values[SUBMITTER_EMAIL] = asField(submitter.email());
		values[SUBMITTER_ADDRESS] = asField(submitter.address());
		List<byte[]> pickers = pickers(procedure.requirements(), stored, locale);
		int[] picker = { 0 };
		return kept.html().page((slot, out) -> write(out, (slot == STORE_PICKER) ? pickers.get(picker[0]++) : values[slot]));
	}

	private static void write(OutputStream out, byte[] value) throws IOException {
		if (value != null) {
			out.write(value);
		}
	}

	/** For each document, in the form's order, its picker of stored documents, or null if none fits. */
	private List<byte[]> pickers(List<RequirementDetails> requirements, List<PersonalDocumentView> stored,
			Locale locale) {
		List<byte[]> pickers = new ArrayList<>(requirements.size());
		for (RequirementDetails requirement : requirements) {
			boolean fits = stored.stream()
				.anyMatch(document -> requirement.acceptedFormats().contains(document.file().format()));
			if (!fits) {
				pickers.add(null);
				continue;
			}
			Map<String, Object> variables = new HashMap<>();
			variables.put("r", requirement);
			variables.put("storedDocuments", stored);
			pickers.add(this.renderer.fragment(TEMPLATE, "store-picker", locale, variables)
				.getBytes(StandardCharsets.UTF_8));
		}
		return pickers;
	}

	private SlottedHtml render(ProcedureDetails procedure, List<String> roles, CsrfToken token,
			Map<String, Object> variables, Locale locale) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("procedure", procedure);
		all.put("dossier", null);
		all.put("provinces", Provinces.ALL);
		all.put("storedDocuments", List.of());
		all.put("storePickerSlot", SLOTS.get(STORE_PICKER));
		DossierForm form = DossierForm.newFor(procedure.id().value(), new Party(SLOTS.get(SUBMITTER_NAME), null,
				SLOTS.get(SUBMITTER_PHONE), SLOTS.get(SUBMITTER_EMAIL), SLOTS.get(SUBMITTER_ADDRESS)));
		form.setFormKey(null);
		all.put("dossierForm", form);
		all.put("formKeySlot", SLOTS.get(FORM_KEY));
		all.put("shownViewer", new Viewer.Seen(true, SLOTS.get(NAME), Set.copyOf(roles)));
		// Read by the forms' hidden CSRF field, as the session's own token would be.
		all.put(CsrfToken.class.getName(),
				new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), SLOTS.get(TOKEN)));
		SlottedHtml html = SlottedHtml.split(this.renderer.page(TEMPLATE, locale, all), SLOTS);
		// The token is in the form and in the menu's logout form; a picker's place once per document.
		for (int slot = 0; slot < SLOTS.size(); slot++) {
			boolean shown = (slot == STORE_PICKER) ? html.count(slot) == procedure.requirements().size()
					: html.count(slot) >= 1;
			if (!shown) {
				throw new IllegalStateException(TEMPLATE + " does not show " + SLOTS.get(slot) + " where it should");
			}
		}
		return html;
	}

	private static byte[] asField(String text) {
		return (text == null) ? null : HtmlUtils.htmlEscape(text).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] escaped(String text) {
		return (text == null) ? null : HtmlEscape.escapeHtml4Xml(text).getBytes(StandardCharsets.UTF_8);
	}

}

package vn.dvc.portal.dossier.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.documents.DocumentMetadata;
import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The new-dossier form put together from kept parts is the form the template renders whole, with
 * the citizen's own values in it and nobody else's.
 */
@PortalTest
class NewDossierFormsTest {

	private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([0-9a-f-]{36})\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	Documents documents;

	@Autowired
	DocumentStore store;

	@Test
	void theKeptFormIsTheWholeFormWithTheCitizensValues() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		// Characters the page must escape, in the name shown in the menu and in the fields.
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lê <Thị> \"Kho\" & Con", "kho@example.vn");
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			assertKeptIsWhole(procedure, citizen, locale);
		}
		// With a document of the citizen's store that fits the PDF documents: their pickers show it.
		byte[] scan = TestFiles.pdf();
		UUID fileId = this.documents.store(new Documents.Upload(new ByteArrayResource(scan), "giấy-phép <cũ>.pdf",
				scan.length, citizen.accountId().value()), Set.of(FileFormat.PDF), 1_048_576).id();
		this.store.addDigitised(fileId, new DocumentMetadata(
				new DocumentMetadata.Owner(citizen.getUsername(), "Lê Thị Kho", null, null, null), "GP01",
				"Giấy phép & cũ", null, null, null, null), null);
		String kept = assertKeptIsWhole(procedure, citizen, Locale.forLanguageTag("vi"));
		assertThat(kept).contains("store-picker").contains("Giấy phép &amp; cũ");
	}

	@Test
	void eachFormHoldsItsOwnCitizensValuesAndNoOneElses() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser first = TestAccounts.activeCitizen(this.context, "Phạm Văn Thứ Nhất", "mot@example.vn");
		PortalUser second = TestAccounts.activeCitizen(this.context, "Đỗ Thị Thứ Hai", "hai@example.vn");
		String one = page(form(procedure, first, Locale.forLanguageTag("vi")));
		String two = page(form(procedure, second, Locale.forLanguageTag("vi")));
		String again = page(form(procedure, first, Locale.forLanguageTag("vi")));

		assertThat(one).contains("Phạm Văn Thứ Nhất").contains("mot@example.vn").doesNotContain("Thứ Hai");
		assertThat(two).contains("Đỗ Thị Thứ Hai").contains("hai@example.vn").doesNotContain("Thứ Nhất")
			.doesNotContain("mot@example.vn");
		// Each page has its session's CSRF token (masked differently on each page, as Spring Security does).
		assertThat(first(CSRF, one)).isNotEmpty();
		// A new form key each time the form is opened: two tabs are two dossiers.
		assertThat(first(FORM_KEY, again)).isNotEqualTo(first(FORM_KEY, one));
	}

	/**
	 * Renders the form kept and whole (a message carried over from the previous page makes it
	 * whole) and compares them.
	 */
	private String assertKeptIsWhole(ProcedureDetails procedure, PortalUser citizen, Locale locale) throws Exception {
		String kept = page(form(procedure, citizen, locale));
		String whole = page(form(procedure, citizen, locale).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
				Map.of("successKey", "profile.completed")));
		String message = "<div class=\"alert alert-success\" role=\"status\">";
		assertThat(whole).contains(message);
		assertThat(kept).doesNotContain(message);
		String withoutMessage = whole.replaceFirst(Pattern.quote(message) + "[^<]*</div>", "");
		assertThat(normalized(kept)).isEqualTo(normalized(withoutMessage));
		return kept;
	}

	private MockHttpServletRequestBuilder form(ProcedureDetails procedure, PortalUser citizen, Locale locale) {
		return get("/dossiers/new").param("procedure", procedure.id().value().toString())
			.with(user(citizen))
			.locale(locale);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The same markup whatever the white space between tags, with its form key and CSRF token left
	 * out (Spring Security masks the session's token differently on each page).
	 */
	private static String normalized(String html) {
		String withoutKeys = CSRF.matcher(FORM_KEY.matcher(html).replaceAll("name=\"formKey\" value=\"\""))
			.replaceAll("name=\"_csrf\" value=\"\"");
		return withoutKeys.replaceAll(">\\s+<", "><")
			.replaceAll("\\s+", " ");
	}

	private static String first(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

}

package vn.dvc.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureQuery;
import vn.dvc.portal.catalog.RequirementDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dossier form as a browser posts it, for MockMvc tests. */
public final class DossierForms {

	private static final Pattern DOSSIER_URL = Pattern.compile("/my/dossiers/([0-9a-f-]{36})(/edit)?");

	/** A dossier the citizen saved or submitted, as its redirect told. */
	public record Filed(UUID id, String code) {
	}

	private DossierForms() {
	}

	/**
	 * "Cho phép tổ chức hội nghị, hội thảo quốc tế" of Sở Ngoại vụ (000.00.20.H27): two mandatory
	 * PDF documents and an optional one.
	 */
	public static ProcedureDetails conferenceProcedure(Catalog catalog) {
		var summary = catalog.search(new ProcedureQuery("hoi nghi hoi thao quoc te", null, null, null), PageRequest.of(0, 10))
			.getContent()
			.get(0);
		ProcedureDetails procedure = catalog.procedure(summary.id()).orElseThrow();
		assertThat(procedure.summary().agency().code()).isEqualTo("000.00.20.H27");
		assertThat(mandatory(procedure)).hasSize(2);
		return procedure;
	}

	public static List<RequirementDetails> mandatory(ProcedureDetails procedure) {
		return procedure.requirements().stream().filter(RequirementDetails::mandatory).toList();
	}

	/**
	 * A new form, every field filled as submission needs, no postal return, no files.
	 * @param overrides field names and values that replace or add to the defaults, in pairs
	 */
	public static MockMultipartHttpServletRequestBuilder newForm(PortalUser citizen, ProcedureDetails procedure,
			UUID formKey, String action, String... overrides) {
		return fill(multipart("/dossiers"), citizen, procedure, action, overrides).param("formKey",
				formKey.toString());
	}

	/**
	 * The form of an existing dossier, every field filled as submission needs.
	 * @param overrides field names and values that replace or add to the defaults, in pairs
	 */
	public static MockMultipartHttpServletRequestBuilder editForm(PortalUser citizen, ProcedureDetails procedure,
			UUID dossierId, String action, String... overrides) {
		return fill(multipart("/my/dossiers/{id}/edit", dossierId), citizen, procedure, action, overrides);
	}

	private static MockMultipartHttpServletRequestBuilder fill(MockMultipartHttpServletRequestBuilder request,
			PortalUser citizen, ProcedureDetails procedure, String action, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("procedureId", procedure.id().toString());
		fields.put("submitterName", citizen.displayName());
		fields.put("submitterPhone", "0912 345 678");
		fields.put("submitterAddress", "Số 1 Trần Phú, thành phố Hà Tĩnh");
		fields.put("ownerSameAsSubmitter", "true");
		fields.put("content", "Đề nghị cho phép tổ chức hội thảo quốc tế về du lịch");
		fields.put("postalReturn", "false");
		fields.put("action", action);
		if (overrides.length % 2 != 0) {
			throw new IllegalArgumentException("Overrides come in name and value pairs");
		}
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(user(citizen)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** A real PDF for each mandatory document. */
	public static MockMultipartHttpServletRequestBuilder withMandatoryFiles(
			MockMultipartHttpServletRequestBuilder request, ProcedureDetails procedure, String fileName, byte[] pdf) {
		for (RequirementDetails requirement : mandatory(procedure)) {
			request.file(new MockMultipartFile("file-" + requirement.id(), fileName, "application/pdf", pdf));
		}
		return request;
	}

	/** The dossier id in a redirect to the dossier's page or form. */
	public static UUID dossierId(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).as("redirect").isNotNull();
		Matcher matcher = DOSSIER_URL.matcher(url);
		assertThat(matcher.matches()).as("redirect %s", url).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	/** Files and submits a complete dossier with its mandatory documents. */
	public static Filed submit(MockMvc mvc, PortalUser citizen, ProcedureDetails procedure, String fileName,
			byte[] pdf) throws Exception {
		MvcResult result = mvc
			.perform(withMandatoryFiles(newForm(citizen, procedure, UUID.randomUUID(), "submit"), procedure, fileName, pdf))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = (String) result.getFlashMap().get("submittedCode");
		assertThat(code).as("submitted code").isNotNull();
		return new Filed(dossierId(result), code);
	}

	/** Saves a draft with a file for each mandatory document. */
	public static Filed draft(MockMvc mvc, PortalUser citizen, ProcedureDetails procedure, String fileName,
			byte[] pdf) throws Exception {
		MvcResult result = mvc
			.perform(withMandatoryFiles(newForm(citizen, procedure, UUID.randomUUID(), "save"), procedure, fileName, pdf))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return new Filed(dossierId(result), null);
	}

}

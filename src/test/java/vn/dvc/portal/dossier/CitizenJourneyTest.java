package vn.dvc.portal.dossier;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureQuery;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class CitizenJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Test
	void citizenFilesADossierWithPostalReturnAndFollowsIt() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Nguyễn Văn An", "an@example.com");
		ProcedureDetails procedure = conferenceProcedure();
		var request = multipart("/dossiers").with(user(citizen)).with(csrf())
			.param("formKey", UUID.randomUUID().toString())
			.param("procedureId", procedure.id().toString())
			.param("submitterName", "Nguyễn Văn An")
			.param("submitterPhone", "0912 345 678")
			.param("submitterAddress", "Số 1 Trần Phú, thành phố Hà Tĩnh")
			.param("ownerSameAsSubmitter", "true")
			.param("content", "Đề nghị cho phép tổ chức hội thảo quốc tế về du lịch")
			.param("postalReturn", "true")
			.param("recipientName", "Nguyễn Văn An")
			.param("recipientPhone", "0988745896")
			.param("recipientAddress", "Thôn A, xã Kỳ Sơn")
			.param("recipientProvince", "Tỉnh Hà Tĩnh")
			.param("action", "submit");
		for (RequirementDetails requirement : procedure.requirements()) {
			if (requirement.mandatory()) {
				request.file(new MockMultipartFile("file-" + requirement.id(), "don-de-nghi.pdf", "application/pdf",
						TestFiles.pdf()));
			}
		}
		MvcResult submitted = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		String code = (String) submitted.getFlashMap().get("submittedCode");
		assertThat(code).matches("000\\.00\\.20\\.H27-\\d{6}-\\d{4}");

		this.mvc.perform(get("/my/dossiers").with(user(citizen)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
		this.mvc.perform(get("/track").param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(procedure.summary().name())))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Nguyễn Văn An"))));
	}

	private ProcedureDetails conferenceProcedure() {
		var summary = this.catalog.search(new ProcedureQuery("hoi nghi hoi thao quoc te", null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 10)).getContent().get(0);
		return this.catalog.procedure(summary.id()).orElseThrow();
	}

}

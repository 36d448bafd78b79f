package vn.dvc.portal.documents;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An uploaded file's name is only shown: it is kept without control or bidirectional characters,
 * and the download is named with the extension of the type read from the bytes.
 */
@PortalTest
class FileNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	private String storedName(UUID dossier) {
		return this.jdbc.queryForObject("""
				select f.original_name from dossier_attachment a join stored_file f on f.id = a.file_id
				where a.dossier_id = ? limit 1
				""", String.class, dossier);
	}

	private String downloadName(PortalUser citizen, UUID dossier) throws Exception {
		UUID attachment = this.jdbc.queryForObject("select id from dossier_attachment where dossier_id = ? limit 1",
				UUID.class, dossier);
		MvcResult download = this.mvc.perform(get("/files/dossiers/{d}/{a}", dossier, attachment).with(user(citizen)))
			.andExpect(status().isOk())
			.andReturn();
		return ContentDisposition.parse(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
	}

	@Test
	void aRightToLeftOverrideIsRemovedFromTheStoredName() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lý Văn Tệp", null);
		UUID draft = DossierForms.draft(this.mvc, citizen, procedure, "hoso\u202Efdp.exe", TestFiles.pdf()).id();

		assertThat(storedName(draft)).isEqualTo("hosofdp.exe").doesNotContain("\u202E");
		assertThat(downloadName(citizen, draft)).isEqualTo("hosofdp.exe.pdf");
	}

	@Test
	void aPdfUploadedUnderAnotherExtensionIsDownloadedAsAPdf() throws Exception {
		ProcedureDetails procedure = DossierForms.conferenceProcedure(this.catalog);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lý Thị Đuôi", null);
		UUID renamed = DossierForms.draft(this.mvc, citizen, procedure, "bao-cao.exe", TestFiles.pdf()).id();
		UUID proper = DossierForms.draft(this.mvc, citizen, procedure, "Đơn đề nghị.PDF", TestFiles.pdf()).id();

		assertThat(storedName(renamed)).isEqualTo("bao-cao.exe");
		assertThat(downloadName(citizen, renamed)).isEqualTo("bao-cao.exe.pdf");
		assertThat(downloadName(citizen, proper)).isEqualTo("Đơn đề nghị.PDF");
	}

	@Test
	void invisibleCharactersAreRemovedToo() {
		assertThat(Documents.cleanName("ho\u200Bso\u2066.pdf\u2069")).isEqualTo("hoso.pdf");
		assertThat(Documents.cleanName("C:\\fakepath\\giay\u0000to.pdf")).isEqualTo("giayto.pdf");
		assertThat(Documents.cleanName("\u202E\u202C")).isEqualTo("tep-dinh-kem");
	}

}

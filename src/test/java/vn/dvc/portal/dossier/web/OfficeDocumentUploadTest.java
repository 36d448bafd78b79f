package vn.dvc.portal.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureQuery;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.documents.UploadRejectedException.Reason;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.shared.web.FileSizes;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.OfficeFiles;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Word and spreadsheet files on the dossier form: a filled-in DOCX form and an XLSX list are
 * attached and handed back as they were; the form says, per document, which formats it takes; and
 * what the portal refuses (old .doc/.xls, macros, passwords, zip bombs, "../" entries) gets its
 * own message in Vietnamese while the rest of the form is kept.
 */
@PortalTest
class OfficeDocumentUploadTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	FileSizes sizes;

	private ProcedureDetails procedure;

	/** The conference's guest list: a scan, a Word table or a spreadsheet. */
	private RequirementDetails guests;

	/** The conference's plan: PDF only. */
	private RequirementDetails plan;

	private PortalUser citizen;

	@BeforeEach
	void citizenAndProcedure() {
		this.procedure = DossierForms.conferenceProcedure(this.catalog);
		this.plan = DossierForms.mandatory(this.procedure).get(1);
		this.guests = this.procedure.requirements().stream().filter(r -> !r.mandatory()).findFirst().orElseThrow();
		this.citizen = TestAccounts.activeCitizen(this.context, "Lê Thị Văn Bản", null);
	}

	@Test
	void aWordFormAndASpreadsheetAreAttachedAndHandedBackAsTheyWere() throws Exception {
		byte[] docx = OfficeFiles.docx("Danh sách đại biểu: ông John Smith, bà Kim Yuna");
		byte[] xlsx = OfficeFiles.xlsx();
		MvcResult result = this.mvc
			.perform(DossierForms.withMandatoryFiles(
					DossierForms.newForm(this.citizen, this.procedure, UUID.randomUUID(), "submit"), this.procedure,
					"van-ban.pdf", TestFiles.pdf())
				.file(new MockMultipartFile("file-" + this.guests.id(), "danh-sach-dai-bieu.docx",
						"application/octet-stream", docx))
				.file(new MockMultipartFile("file-" + this.guests.id(), "danh-sach-dai-bieu.xlsx",
						"application/octet-stream", xlsx)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID dossier = DossierForms.dossierId(result);

		List<Map<String, Object>> attached = this.jdbc.queryForList("""
				select a.id, f.original_name, f.media_type, f.size_bytes from dossier_attachment a
				join stored_file f on f.id = a.file_id where a.dossier_id = ? and a.requirement_id = ?
				order by f.original_name""", dossier, this.guests.id());
		assertThat(attached).extracting(row -> row.get("media_type"))
			.containsExactly(FileFormat.DOCX.mediaType(), FileFormat.XLSX.mediaType());

		MvcResult download = this.mvc
			.perform(get("/files/dossiers/{d}/{a}", dossier, attached.get(1).get("id")).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentType()).isEqualTo(FileFormat.XLSX.mediaType());
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(xlsx);

		// The dossier's page gives each file a size a person can read: a few kilobytes, never "0 KB".
		String page = page("/my/dossiers/" + dossier);
		assertThat(page).contains("danh-sach-dai-bieu.docx")
			.contains(">" + this.sizes.format(docx.length, VIETNAMESE) + "<")
			.contains(">" + this.sizes.format(xlsx.length, VIETNAMESE) + "<")
			.doesNotContain(">0 KB<");
		assertThat(this.sizes.format(docx.length, VIETNAMESE)).matches("\\d+,\\d KB");
	}

	@Test
	void theFormSaysWhichFormatsEachDocumentTakesAndTheFilePickerAsksForThem() throws Exception {
		String form = page("/dossiers/new?procedure=" + this.procedure.id());

		assertThat(form).contains(text("dossier.documents.accepts", "PDF, JPG, PNG, DOCX, XLSX, ODT, ODS", 20))
			.contains(text("dossier.documents.accepts", "PDF", 20));
		assertThat(form).contains("id=\"file-" + this.guests.id() + "\"")
			.contains("accept=\"application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png,"
					+ FileFormat.DOCX.mediaType() + ",.docx," + FileFormat.XLSX.mediaType() + ",.xlsx,"
					+ FileFormat.ODT.mediaType() + ",.odt," + FileFormat.ODS.mediaType() + ",.ods\"");
		assertThat(form).contains("accept=\"application/pdf,.pdf\"");
	}

	@Test
	void eachRefusedOfficeFileGetsItsOwnMessageAndNothingOfItIsKept() throws Exception {
		Map<String, byte[]> refused = Map.of("danh-sach.xls", OfficeFiles.xls(), "don-cu.doc", OfficeFiles.doc(),
				"danh-sach.docm", OfficeFiles.docm(), "bao-mat.docx", OfficeFiles.encryptedDocx(), "bom.docx",
				OfficeFiles.docxWithZeros(30 * 1024 * 1024, true), "duong-dan.docx",
				OfficeFiles.docxWithEntry("../../../../home/evil.sh"));
		var request = DossierForms.newForm(this.citizen, this.procedure, UUID.randomUUID(), "save", "content",
				"Nội dung vẫn được lưu");
		refused.forEach((name, bytes) -> request
			.file(new MockMultipartFile("file-" + this.guests.id(), name, "application/octet-stream", bytes)));
		request.file(new MockMultipartFile("file-" + this.plan.id(), "de-an.docx", "application/octet-stream",
				OfficeFiles.docx("Đề án")));

		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();

		@SuppressWarnings("unchecked")
		List<CitizenDossiers.Rejection> rejections = (List<CitizenDossiers.Rejection>) result.getModelAndView()
			.getModel()
			.get("rejections");
		assertThat(rejections).extracting(CitizenDossiers.Rejection::fileName, CitizenDossiers.Rejection::reason)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("danh-sach.xls", Reason.LEGACY_OFFICE),
					org.assertj.core.groups.Tuple.tuple("don-cu.doc", Reason.LEGACY_OFFICE),
					org.assertj.core.groups.Tuple.tuple("danh-sach.docm", Reason.MACRO),
					org.assertj.core.groups.Tuple.tuple("bao-mat.docx", Reason.ENCRYPTED),
					org.assertj.core.groups.Tuple.tuple("bom.docx", Reason.SUSPICIOUS_ARCHIVE),
					org.assertj.core.groups.Tuple.tuple("duong-dan.docx", Reason.UNSAFE_ENTRY_NAMES),
					// The plan takes PDF only.
					org.assertj.core.groups.Tuple.tuple("de-an.docx", Reason.TYPE_NOT_ALLOWED));

		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(text("upload.rejected.LEGACY_OFFICE", "danh-sach.xls", 20))
			.contains(text("upload.rejected.MACRO", "danh-sach.docm", 20))
			.contains(text("upload.rejected.ENCRYPTED", "bao-mat.docx", 20))
			.contains(text("upload.rejected.SUSPICIOUS_ARCHIVE", "bom.docx", 20))
			.contains(text("upload.rejected.UNSAFE_ENTRY_NAMES", "duong-dan.docx", 20))
			.contains(text("upload.rejected.TYPE_NOT_ALLOWED", "de-an.docx", 20));
		// The old formats' message says what to do.
		assertThat(text("upload.rejected.LEGACY_OFFICE", "danh-sach.xls", 20)).contains("DOCX").contains("PDF");
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file where owner_id = ?", Integer.class,
				this.citizen.accountId().value())).isZero();
		assertThat(this.jdbc.queryForList("select content from dossier where applicant_id = ?", String.class,
				this.citizen.accountId().value())).containsExactly("Nội dung vẫn được lưu");
	}

	@Test
	void agenciesGiveWordTemplatesToFillIn() throws Exception {
		ProcedureDetails award = this.catalog
			.search(new ProcedureQuery("tap the lao dong xuat sac", null, null, null), PageRequest.of(0, 5))
			.getContent()
			.stream()
			.map(summary -> this.catalog.procedure(summary.id()).orElseThrow())
			.filter(candidate -> candidate.summary().code().equals("2.000287.000.00.00.H27"))
			.findFirst()
			.orElseThrow();
		RequirementDetails report = award.requirements().get(1);
		assertThat(report.acceptedFormats()).contains(FileFormat.DOCX);
		assertThat(report.templateFileId()).isNotNull();

		MvcResult template = this.mvc.perform(get("/files/templates/{p}/{r}", award.id(), report.id()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(template.getResponse().getContentType()).isEqualTo(FileFormat.DOCX.mediaType());
		byte[] bytes = template.getResponse().getContentAsByteArray();
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
			assertThat(document.getParagraphs()).anySatisfy(
					paragraph -> assertThat(paragraph.getText()).contains(report.name().toUpperCase()));
		}
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.citizen)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String text(String key, Object... arguments) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(this.messages.getMessage(key, arguments, VIETNAMESE), "UTF-8");
	}

}

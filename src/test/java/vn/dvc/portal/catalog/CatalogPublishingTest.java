package vn.dvc.portal.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.StaffAdministration;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.shared.VietnameseText;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly list: upload, preview line by line, publish under a decision, and the bad files that
 * must be refused with a message and change nothing. Every test works on agencies of its own, so
 * that a publication never closes procedures other tests rely on.
 */
@PortalTest
class CatalogPublishingTest {

	private static final Pattern PREVIEW_URL = Pattern.compile("/admin/publications/imports/([0-9a-f-]{36})");

	private static final String HEADER = "Mã thủ tục,Tên thủ tục,Cơ quan,Cấp,Mức độ";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	CatalogPublishing publishing;

	@Autowired
	StaffAdministration staff;

	private PortalUser admin;

	private String suffix;

	/** The list's agency: covered by every list of these tests. */
	private AgencyId covered;

	private String coveredCode;

	private String coveredName;

	/** An agency no list names: its catalogue must never change. */
	private AgencyId bystander;

	@BeforeEach
	void agenciesOfTheirOwn() {
		this.admin = TestAccounts.staff(this.context, "admin");
		this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.coveredCode = "PUB." + this.suffix;
		this.coveredName = "Sở Thử Nghiệm Công Bố " + this.suffix;
		this.covered = this.administration.createAgency(
				new NewAgency(this.coveredCode, this.coveredName, AdminLevel.PROVINCE, null, null, null, null));
		this.bystander = this.administration.createAgency(new NewAgency("BYS." + this.suffix,
				"UBND xã Đứng Ngoài " + this.suffix, AdminLevel.COMMUNE, null, null, null, null));
	}

	@Test
	void aCsvPreviewClassifiesEachLineWithItsNumber() throws Exception {
		String unchanged = procedure("U", "Cấp giấy phép thử nghiệm", this.covered);
		String changed = procedure("C", "Đăng ký hoạt động thử nghiệm", this.covered);
		String fresh = code("N");
		String csv = String.join("\n", HEADER,
				row(unchanged, "Cấp giấy phép thử nghiệm", this.coveredCode, "Cấp tỉnh", "Toàn trình"),
				row(changed, "Đăng ký hoạt động thử nghiệm (sửa đổi)", this.coveredCode, "Cấp tỉnh", "Toàn trình"),
				"",
				// The agency by its name without diacritics, the levels by the old numbers.
				row(fresh, "Thủ tục mới trong danh mục", VietnameseText.fold(this.coveredName), "1", "3"),
				row(code("X"), "Thủ tục của cơ quan lạ", "Sở Không Tồn Tại " + this.suffix, "Cấp tỉnh", "Toàn trình"),
				row(code("L"), "Thủ tục sai cấp", this.coveredCode, "Cấp vũ trụ", "Toàn trình"),
				row(fresh, "Thủ tục mới lặp lại", this.coveredCode, "Cấp tỉnh", "Một phần"),
				row("mã có dấu", "Thủ tục sai mã", this.coveredCode, "Cấp tỉnh", "Một phần"));

		ImportPreview preview = this.publishing.preview(upload("danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(preview.errorKey()).isNull();
		assertThat(outcomes(preview)).containsExactly(Map.entry(2, ImportOutcome.UNCHANGED),
				Map.entry(3, ImportOutcome.CHANGED), Map.entry(5, ImportOutcome.NEW), Map.entry(6, ImportOutcome.UNKNOWN),
				Map.entry(7, ImportOutcome.MALFORMED), Map.entry(8, ImportOutcome.MALFORMED),
				Map.entry(9, ImportOutcome.MALFORMED));
		assertThat(problem(preview, 7)).isEqualTo("import.row.level");
		assertThat(problem(preview, 8)).isEqualTo("import.row.duplicate");
		assertThat(problem(preview, 9)).isEqualTo("import.row.code");
		assertThat(problem(preview, 6)).isEqualTo("import.row.agency");
		ImportPreview.Row fresh5 = preview.rows().stream().filter(row -> row.line() == 5).findFirst().orElseThrow();
		assertThat(fresh5.adminLevel()).isEqualTo(AdminLevel.PROVINCE);
		assertThat(fresh5.serviceLevel()).isEqualTo(ServiceLevel.PARTIAL_ONLINE);
		assertThat(preview.publishable()).isFalse();

		String page = page("/admin/publications/imports/" + preview.id());
		assertThat(page).contains("Mã thủ tục bị trùng với một dòng phía trên.")
			.contains("Không tìm thấy cơ quan này trong hệ thống.")
			.contains("Sai định dạng: 3")
			.contains("Mới: 1")
			.doesNotContain("id=\"publish-form\"");
	}

	@Test
	void anXlsxPreviewClassifiesEachRowWithTheLineTheSpreadsheetShows() throws Exception {
		String unchanged = procedure("U", "Cấp phép xlsx", this.covered);
		String changed = procedure("C", "Đổi cấp xlsx", this.covered);
		byte[] xlsx = xlsx(List.of(
				List.of("DANH MỤC THỦ TỤC HÀNH CHÍNH"),
				List.of(),
				List.of("STT", "Mã TTHC", "Tên thủ tục hành chính", "Cơ quan thực hiện", "Cấp thực hiện", "Mức độ DVC"),
				List.of("1", unchanged, "Cấp phép xlsx", this.coveredName, "Cấp tỉnh", "Toàn trình"),
				List.of("2", changed, "Đổi cấp xlsx", this.coveredName, "Cấp tỉnh", "Một phần"),
				List.of("3", code("N"), "Mới từ xlsx", this.coveredCode, "tỉnh", "DVC toàn trình"),
				List.of("4", code("X"), "Cơ quan lạ", "Không có " + this.suffix, "xã", "một phần"),
				List.of("5", code("M"), "", this.coveredCode, "tỉnh", "một phần")));

		ImportPreview preview = this.publishing.preview(upload("danh-muc.xlsx", xlsx));

		assertThat(preview.errorKey()).isNull();
		assertThat(outcomes(preview)).containsExactly(Map.entry(4, ImportOutcome.UNCHANGED),
				Map.entry(5, ImportOutcome.CHANGED), Map.entry(6, ImportOutcome.NEW), Map.entry(7, ImportOutcome.UNKNOWN),
				Map.entry(8, ImportOutcome.MALFORMED));
		assertThat(problem(preview, 8)).isEqualTo("import.row.missing");
	}

	@Test
	void publishingKeepsThePublicationOpensTheListAndClosesWhatItDrops() throws Exception {
		String kept = procedure("K", "Thủ tục được giữ", this.covered);
		String dropped = procedure("D", "Thủ tục bị bỏ khỏi danh mục", this.covered);
		String elsewhere = procedure("E", "Thủ tục của cơ quan khác", this.bystander);
		String fresh = code("N");
		// A dossier filed under the procedure before it is dropped, received by the agency's officer.
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Hoàng Văn Công", null);
		ProcedureDetails droppedDetails = details(dropped);
		DossierForms.Filed filed = DossierForms.submit(this.mvc, citizen, droppedDetails, "don.pdf", TestFiles.pdf());
		String officerLogin = "canbo.pub" + this.suffix;
		this.staff.createOfficer(officerLogin, "Cán bộ Công Bố", this.covered.value(), officerLogin + "@example.com");
		PortalUser officer = TestAccounts.staff(this.context, officerLogin);

		String csv = String.join("\r\n", HEADER, row(kept, "Thủ tục được giữ", this.coveredCode, "Cấp tỉnh", "Toàn trình"),
				row(fresh, "Thủ tục mới được công bố", this.coveredCode, "Cấp tỉnh", "Một phần"));
		UUID importId = upload("danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.publishing.preview(importId).publishable()).isTrue();
		String decision = "QĐ-" + this.suffix + "/UBND";
		LocalDate decisionDate = LocalDate.of(2025, 3, 14);
		LocalDate effectiveFrom = LocalDate.of(2025, 4, 1);

		// The administrator confirms the one procedure the preview says publishing stops.
		assertThat(this.publishing.preview(importId).stops()).extracting(ImportPreview.Stop::id)
			.containsExactly(droppedDetails.id());
		this.mvc.perform(post("/admin/publications/imports/{id}/publish", importId).with(user(this.admin)).with(csrf())
			.param("decisionNumber", decision)
			.param("decisionDate", decisionDate.toString())
			.param("effectiveFrom", effectiveFrom.toString())
			.param("confirmStops", "true")
			.param("stop", droppedDetails.id().toString()))
			.andExpect(redirectedUrl("/admin/publications"))
			.andExpect(flash().attribute("successKey", "import.published"));

		PublicationSummary publication = this.publishing.publications().stream()
			.filter(summary -> decision.equals(summary.decisionNumber()))
			.findFirst()
			.orElseThrow();
		assertThat(publication.decisionDate()).isEqualTo(decisionDate);
		assertThat(publication.effectiveFrom()).isEqualTo(effectiveFrom);
		assertThat(publication.procedures()).isEqualTo(2);
		assertThat(page("/admin/publications")).contains(decision);

		ProcedureDetails created = details(fresh);
		assertThat(created.summary().acceptingDossiers()).isTrue();
		assertThat(created.summary().agency().id()).isEqualTo(this.covered);
		assertThat(created.summary().serviceLevel()).isEqualTo(ServiceLevel.PARTIAL_ONLINE);
		for (String listed : List.of(kept, fresh)) {
			assertThat(publicPage("/procedures/" + details(listed).id()))
				.contains("Công bố tại Quyết định số " + decision + " ngày 14/03/2025, hiệu lực từ 01/04/2025.");
		}
		assertThat(details(kept).summary().acceptingDossiers()).isTrue();
		assertThat(details(elsewhere).summary().acceptingDossiers()).as("an agency the list does not name").isTrue();

		// Dropped: no new dossier, neither from the form page nor by posting the form.
		assertThat(details(dropped).summary().acceptingDossiers()).isFalse();
		assertThat(publicPage("/procedures/" + droppedDetails.id())).contains("Thủ tục này hiện không nhận hồ sơ mới.");
		this.mvc.perform(get("/dossiers/new").param("procedure", droppedDetails.id().toString()).with(user(citizen)))
			.andExpect(redirectedUrl("/procedures/" + droppedDetails.id()))
			.andExpect(flash().attribute("warningKey", "dossier.procedureClosed"));
		int before = dossiersOf(droppedDetails.id());
		this.mvc.perform(DossierForms.newForm(citizen, droppedDetails, UUID.randomUUID(), "submit"))
			.andExpect(redirectedUrl("/procedures/" + droppedDetails.id()))
			.andExpect(flash().attribute("warningKey", "dossier.procedureClosed"));
		assertThat(dossiersOf(droppedDetails.id())).isEqualTo(before);

		// The dossier filed before goes on: its owner sees it, the officer receives it.
		this.mvc.perform(get("/my/dossiers/{id}", filed.id()).with(user(citizen))).andExpect(status().isOk());
		this.mvc.perform(get("/desk/dossiers/{id}", filed.id()).with(user(officer))).andExpect(status().isOk());
		long version = this.jdbc.queryForObject("select version from dossier where id = ?", Long.class, filed.id());
		this.mvc.perform(post("/desk/dossiers/{id}/receive", filed.id()).with(user(officer)).with(csrf())
			.param("version", Long.toString(version))
			.param("identityChecked", "true")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from dossier where id = ?", String.class, filed.id()))
			.isEqualTo("RECEIVED");
	}

	@Test
	void agenciesAreFoundAsTheProvinceWritesThemAndANameTwoAgenciesShareIsFlagged() throws Exception {
		String tourism = "Sở Du Lịch " + this.suffix;
		this.administration.createAgency(new NewAgency("DL." + this.suffix, tourism + " tỉnh Hà Tĩnh", AdminLevel.PROVINCE,
				null, null, null, null));
		String district = "huyện Kỳ Anh " + this.suffix;
		this.administration.createAgency(new NewAgency("KA." + this.suffix, "Ủy ban nhân dân " + district,
				AdminLevel.DISTRICT, null, null, null, null));
		String culture = "Sở Văn Hóa " + this.suffix;
		this.administration.createAgency(new NewAgency("VH.HT." + this.suffix, culture + " tỉnh Hà Tĩnh",
				AdminLevel.PROVINCE, null, null, null, null));
		this.administration.createAgency(new NewAgency("VH.NA." + this.suffix, culture + " tỉnh Nghệ An",
				AdminLevel.PROVINCE, null, null, null, null));
		String csv = String.join("\n", HEADER,
				row(code("T"), "Công nhận điểm du lịch", tourism, "Cấp tỉnh", "Toàn trình"),
				row(code("K"), "Đăng ký kinh doanh hộ gia đình", "UBND " + district, "Cấp huyện", "Một phần"),
				row(code("V"), "Cấp giấy phép biểu diễn", VietnameseText.fold(culture).toUpperCase(), "Cấp tỉnh",
						"Toàn trình"));

		ImportPreview preview = this.publishing.preview(upload("danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(outcomes(preview)).containsExactly(Map.entry(2, ImportOutcome.NEW), Map.entry(3, ImportOutcome.NEW),
				Map.entry(4, ImportOutcome.AMBIGUOUS));
		assertThat(problem(preview, 4)).isEqualTo("import.row.agencyAmbiguous");
		assertThat(preview.rows().get(2).candidates()).containsExactlyInAnyOrder(
				culture + " tỉnh Hà Tĩnh (VH.HT." + this.suffix + ")", culture + " tỉnh Nghệ An (VH.NA." + this.suffix + ")");
		assertThat(preview.publishable()).isFalse();
		String page = page("/admin/publications/imports/" + preview.id());
		assertThat(page).contains("Trùng tên cơ quan: 1")
			.contains("Tên này ứng với nhiều cơ quan")
			.contains(culture + " tỉnh Nghệ An (VH.NA." + this.suffix + ")")
			.doesNotContain("id=\"publish-form\"");
	}

	@Test
	void thePreviewNamesTheProceduresPublishingStopsAndPublishingWaitsForTheirConfirmation() throws Exception {
		String kept = procedure("K", "Thủ tục còn trong danh mục", this.covered);
		String dropped = procedure("D", "Cho phép tổ chức hội nghị thử nghiệm", this.covered);
		String alsoDropped = procedure("E", "Cấp phép thử nghiệm khác", this.covered);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Ngô Thị Đang Chờ", null);
		DossierForms.submit(this.mvc, citizen, details(dropped), "don.pdf", TestFiles.pdf());
		// The province's list names the agency as it writes it: without its number, in capitals.
		String csv = String.join("\n", HEADER,
				row(kept, "Thủ tục còn trong danh mục", this.coveredName.toUpperCase(), "Cấp tỉnh", "Toàn trình"));
		UUID importId = upload("mot-phan.csv", csv.getBytes(StandardCharsets.UTF_8));

		ImportPreview preview = this.publishing.preview(importId);
		assertThat(preview.stops()).extracting(ImportPreview.Stop::code, ImportPreview.Stop::name,
				ImportPreview.Stop::openDossiers)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(dropped, "Cho phép tổ chức hội nghị thử nghiệm", 1L),
					org.assertj.core.groups.Tuple.tuple(alsoDropped, "Cấp phép thử nghiệm khác", 0L));
		assertThat(preview.openDossiersOfStops()).isEqualTo(1);
		String page = page("/admin/publications/imports/" + importId);
		assertThat(page).contains("id=\"import-stops\"")
			.contains("Công bố sẽ ngừng nhận hồ sơ mới của 2 thủ tục")
			.contains("Cho phép tổ chức hội nghị thử nghiệm")
			.contains(dropped)
			.contains("Tôi đồng ý ngừng nhận hồ sơ mới của 2 thủ tục nêu trên (1 hồ sơ đang giải quyết vẫn được giải quyết tiếp).")
			.contains("name=\"confirmStops\"");

		String before = fingerprint();
		String[] both = { details(dropped).id().toString(), details(alsoDropped).id().toString() };
		publish(importId, "QĐ-STOP-" + this.suffix)
			.andExpect(redirectedUrl("/admin/publications/imports/" + importId))
			.andExpect(flash().attribute("warningKey", "import.publish.stopsNotConfirmed"));
		publish(importId, "QĐ-STOP-" + this.suffix, "stop", both[0], "stop", both[1])
			.andExpect(flash().attribute("warningKey", "import.publish.stopsNotConfirmed"));
		publish(importId, "QĐ-STOP-" + this.suffix, "confirmStops", "true", "stop", both[0])
			.andExpect(flash().attribute("warningKey", "import.publish.stopsChanged"));
		assertThat(fingerprint()).isEqualTo(before);
		// A procedure added since the preview would be stopped too: the confirmation no longer covers it.
		String added = procedure("F", "Thủ tục thêm sau khi xem trước", this.covered);
		String withAdded = fingerprint();
		publish(importId, "QĐ-STOP-" + this.suffix, "confirmStops", "true", "stop", both[0], "stop", both[1])
			.andExpect(flash().attribute("warningKey", "import.publish.stopsChanged"));
		assertThat(fingerprint()).isEqualTo(withAdded);
		assertThat(details(dropped).summary().acceptingDossiers()).isTrue();

		publish(importId, "QĐ-STOP-" + this.suffix, "confirmStops", "true", "stop", both[0], "stop", both[1], "stop",
				details(added).id().toString())
			.andExpect(redirectedUrl("/admin/publications"))
			.andExpect(flash().attribute("successKey", "import.published"));
		assertThat(details(kept).summary().acceptingDossiers()).isTrue();
		for (String stopped : List.of(dropped, alsoDropped, added)) {
			assertThat(details(stopped).summary().acceptingDossiers()).as(stopped).isFalse();
		}
	}

	@Test
	void aListCannotBePublishedTwiceNorUnderATakenDecisionNumber() throws Exception {
		String csv = String.join("\n", HEADER, row(code("A"), "Thủ tục A", this.coveredCode, "tỉnh", "toàn trình"));
		UUID first = upload("a.csv", csv.getBytes(StandardCharsets.UTF_8));
		String decision = "QĐ-TWICE-" + this.suffix;
		publish(first, decision).andExpect(redirectedUrl("/admin/publications"));
		publish(first, "QĐ-OTHER-" + this.suffix).andExpect(flash().attribute("warningKey", "import.publish.notPublishable"));

		String again = String.join("\n", HEADER, row(code("B"), "Thủ tục B", this.coveredCode, "tỉnh", "toàn trình"));
		UUID second = upload("b.csv", again.getBytes(StandardCharsets.UTF_8));
		String fingerprint = fingerprint();
		publish(second, decision).andExpect(flash().attribute("warningKey", "import.publish.decisionTaken"));
		publish(second, " ").andExpect(flash().attribute("warningKey", "import.publish.decisionRequired"));
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	@Test
	void aCsvInAnotherEncodingIsRefusedWithTheReason() throws Exception {
		String text = String.join("\r\n", HEADER,
				row(code("W"), "Cấp đổi giấy phép lái xe", this.coveredCode, "Cấp tỉnh", "Toàn trình"));
		// What Excel on Windows writes when asked for "CSV" with a Vietnamese or Western locale.
		assertBadFileRefused("danh-muc.csv", text.getBytes(Charset.forName("windows-1258")),
				"Tệp CSV không phải mã UTF-8");
		assertBadFileRefused("danh-muc.csv", text.getBytes(StandardCharsets.ISO_8859_1), "Tệp CSV không phải mã UTF-8");
	}

	@Test
	void aListWithoutTheFiveColumnsIsRefused() throws Exception {
		String csv = String.join("\n", "Mã thủ tục,Tên thủ tục,Cơ quan",
				code("C") + ",Thủ tục thiếu cột," + this.coveredCode);
		assertBadFileRefused("thieu-cot.csv", csv.getBytes(StandardCharsets.UTF_8), "Không tìm thấy đủ các cột");
	}

	@Test
	void duplicateCodesAreReportedAndTheListCannotBePublished() throws Exception {
		String twice = code("T");
		String csv = String.join("\n", HEADER, row(twice, "Lần một", this.coveredCode, "tỉnh", "toàn trình"),
				row(twice.toLowerCase(), "Lần hai", this.coveredCode, "tỉnh", "toàn trình"));
		UUID importId = assertBadFileRefused("trung.csv", csv.getBytes(StandardCharsets.UTF_8),
				"Mã thủ tục bị trùng với một dòng phía trên.");
		assertThat(outcomes(this.publishing.preview(importId))).containsExactly(Map.entry(2, ImportOutcome.NEW),
				Map.entry(3, ImportOutcome.MALFORMED));
	}

	@Test
	void fiftyThousandRowsAreRefusedWhole() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 50_000; i++) {
			csv.append("Z").append(this.suffix).append('.').append(i).append(",Thủ tục ").append(i).append(',')
				.append(this.coveredCode).append(",tỉnh,4\n");
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).as("under the size limit, so that the row limit is what refuses it")
			.isLessThan((int) ProcedureListFile.MAX_BYTES);
		UUID importId = assertBadFileRefused("lon.csv", bytes, "Tệp có quá nhiều dòng");
		assertThat(this.publishing.preview(importId).errorKey()).isEqualTo("import.refused.tooManyRows");

		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(List.of("Mã", "Tên", "Cơ quan", "Cấp", "Mức độ"));
		for (int i = 0; i < 50_000; i++) {
			rows.add(List.of("Y" + this.suffix + "." + i, "Thủ tục " + i, this.coveredCode, "tỉnh", "4"));
		}
		assertBadFileRefused("lon.xlsx", xlsx(rows), "Tệp có quá nhiều dòng");
	}

	@Test
	void garbageAndEmptyFilesGetAMessageAndChangeNothing() throws Exception {
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		assertBadFileRefused("rac.csv", garbage, "Tệp CSV không phải mã UTF-8");
		assertBadFileRefused("rac.xlsx", garbage, "Tệp có đuôi XLSX nhưng nội dung không phải bảng tính XLSX.");
		byte[] brokenZip = new byte[4096];
		System.arraycopy(new byte[] { 'P', 'K', 3, 4 }, 0, brokenZip, 0, 4);
		assertBadFileRefused("hong.xlsx", brokenZip, "Không đọc được tệp.");
		assertBadFileRefused("chi-tieu-de.csv", (HEADER + "\n\n").getBytes(StandardCharsets.UTF_8),
				"Tệp không có dòng dữ liệu nào.");

		String fingerprint = fingerprint();
		this.mvc.perform(multipart("/admin/publications/import")
			.file(new MockMultipartFile("file", "rong.csv", "text/csv", new byte[0]))
			.with(user(this.admin))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/publications"))
			.andExpect(flash().attribute("warningKey", "import.fileRequired"));
		this.mvc.perform(multipart("/admin/publications/import").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/publications"))
			.andExpect(flash().attribute("warningKey", "import.fileRequired"));
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	/**
	 * Uploads a bad file, checks the preview page says why in Vietnamese, that it cannot be
	 * published (not even by posting the publish form), and that the catalogue did not change.
	 */
	private UUID assertBadFileRefused(String fileName, byte[] content, String message) throws Exception {
		String before = fingerprint();
		UUID importId = upload(fileName, content);
		String page = page("/admin/publications/imports/" + importId);
		assertThat(page).as("the preview of %s", fileName).contains(message).doesNotContain("id=\"publish-form\"");
		assertThat(this.publishing.preview(importId).publishable()).isFalse();
		publish(importId, "QĐ-BAD-" + UUID.randomUUID())
			.andExpect(flash().attribute("warningKey", "import.publish.notPublishable"));
		assertThat(fingerprint()).as("the catalogue after %s", fileName).isEqualTo(before);
		return importId;
	}

	/** Every procedure's state and the publications: what a bad file must leave as it was. */
	private String fingerprint() {
		return this.jdbc.queryForObject("""
				select (select count(*) from procedure) || '/' ||
				  (select coalesce(md5(string_agg(id::text || name || accepting_dossiers::text || revision::text, ','
				    order by id)), '') from procedure) || '/' ||
				  (select count(*) from publication) || '/' || (select count(*) from publication_entry)
				""", String.class);
	}

	private UUID upload(String fileName, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/publications/import")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Matcher matcher = PREVIEW_URL.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
		assertThat(matcher.matches()).as("redirect to the preview of %s", fileName).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	/** Posts the publish form; {@code more} are further fields, in name and value pairs. */
	private org.springframework.test.web.servlet.ResultActions publish(UUID importId, String decision, String... more)
			throws Exception {
		var request = post("/admin/publications/imports/{id}/publish", importId).with(user(this.admin))
			.with(csrf())
			.param("decisionNumber", decision)
			.param("decisionDate", "2025-01-02")
			.param("effectiveFrom", "2025-01-02");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String publicPage(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String code(String kind) {
		return "1.00" + this.suffix + "." + kind + ".H27";
	}

	/** A procedure of the given agency with no required documents, accepting dossiers. */
	private String procedure(String kind, String name, AgencyId agency) {
		String code = code(kind);
		this.administration.createProcedure(new NewProcedure(code, name, "Thử nghiệm", agency, ServiceLevel.FULL_ONLINE,
				AdminLevel.PROVINCE, 10, 0, null, true, false, null, null, List.of()));
		return code;
	}

	private ProcedureDetails details(String code) {
		ProcedureId id = this.administration.procedureByCode(code).orElseThrow();
		return this.catalog.procedure(id).orElseThrow();
	}

	private int dossiersOf(ProcedureId procedure) {
		return this.jdbc.queryForObject("select count(*) from dossier where procedure_id = ?", Integer.class,
				procedure.value());
	}

	private static String row(String... cells) {
		return String.join(",", cells);
	}

	private static Map<Integer, ImportOutcome> outcomes(ImportPreview preview) {
		Map<Integer, ImportOutcome> outcomes = new LinkedHashMap<>();
		preview.rows().forEach(row -> outcomes.put(row.line(), row.outcome()));
		return outcomes;
	}

	private static String problem(ImportPreview preview, int line) {
		return preview.rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().problemKey();
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Phụ lục 1A");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}

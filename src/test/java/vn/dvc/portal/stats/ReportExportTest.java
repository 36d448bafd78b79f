package vn.dvc.portal.stats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.StaffAdministration;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.ReportData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report's exports read back: the XLSX with POI, the CSV as bytes. An agency of its own holds a
 * small set of dossiers of May 2025 whose every figure is known.
 */
@PortalTest
class ReportExportTest {

	/** The figures of the first procedure in May 2025, in the order of {@link ReportExports#COLUMNS}. */
	private static final long[] MAY = { 0, 2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 };

	private static final List<String> HEADER = List.of("Thủ tục", "Kỳ trước chuyển sang", "Tiếp nhận trực tuyến",
			"Tiếp nhận trực tiếp", "Tiếp nhận qua BCCI", "Đã giải quyết đúng hạn", "Đã giải quyết trễ hạn",
			"Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Từ chối", "Rút hồ sơ", "Không tiếp nhận",
			"Yêu cầu bổ sung", "Trả qua bưu chính", "Tỷ lệ đúng hạn");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffAdministration staff;

	private UUID agency;

	private String agencyName;

	private String procedureName;

	private String formulaName;

	private UUID applicant;

	@BeforeEach
	void knownDossiersOfMay() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.agencyName = "UBND phường Xuất Báo Cáo " + suffix;
		this.procedureName = "Chứng thực bản sao từ bản chính giấy tờ, văn bản " + suffix;
		// A name that a spreadsheet would run as a formula if the CSV did not defuse it.
		this.formulaName = "=Đăng ký khai sinh " + suffix;
		this.agency = ReportData.agency(this.jdbc, "XBC." + suffix, this.agencyName);
		UUID procedure = ReportData.procedure(this.jdbc, this.agency, "XBC.P." + suffix, this.procedureName);
		UUID formula = ReportData.procedure(this.jdbc, this.agency, "XBC.F." + suffix, this.formulaName);
		this.applicant = TestAccounts.activeCitizen(this.context, "Người nộp xuất báo cáo", null).accountId().value();
		dossier(procedure, "RESOLVED", "ONLINE", at(5, 5), "2025-05-20", at(5, 10), null);
		dossier(procedure, "RESOLVED", "COUNTER", at(5, 6), "2025-05-15", at(5, 25), null);
		dossier(procedure, "IN_PROGRESS", "POSTAL", at(5, 7), "2025-05-20", null, null);
		dossier(procedure, "IN_PROGRESS", "ONLINE", at(5, 8), "2025-06-30", null, null);
		dossier(procedure, "REJECTED", "COUNTER", at(5, 9), "2025-05-30", null, at(5, 12));
		dossier(formula, "RESOLVED", "ONLINE", at(5, 2), "2025-05-20", at(5, 3), null);
		ReportData.recount(this.jdbc, this.agency);
	}

	@Test
	void theXlsxHasTheTitleTheHeadersAndTheNumbers() throws Exception {
		MockHttpServletResponse response = export("xlsx", TestAccounts.staff(this.context, "admin"), this.agency);
		assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo("bao-cao-2025-05.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Báo cáo");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(this.agencyName).contains("Tháng 5/2025");
			assertThat(strings(sheet.getRow(2))).isEqualTo(HEADER);

			Row formulaRow = sheet.getRow(3);
			Row procedureRow = sheet.getRow(4);
			Row total = sheet.getRow(5);
			assertThat(formulaRow.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(formulaRow.getCell(0).getStringCellValue()).isEqualTo(this.formulaName);
			assertThat(procedureRow.getCell(0).getStringCellValue()).isEqualTo(this.procedureName);
			assertThat(numbers(procedureRow)).containsExactly(MAY);
			assertThat(procedureRow.getCell(14).getNumericCellValue()).isEqualTo(0.5);
			assertThat(procedureRow.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			long[] expectedTotal = MAY.clone();
			expectedTotal[1]++;
			expectedTotal[4]++;
			assertThat(numbers(total)).containsExactly(expectedTotal);
			assertThat(total.getCell(14).getNumericCellValue()).isEqualTo(3.0 / 5);
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
		}
	}

	@Test
	void theCsvIsUtf8WithAByteOrderMarkAndKeepsTheDiacritics() throws Exception {
		String login = "canbo.xbc" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		this.staff.createOfficer(login, "Cán bộ Xuất Báo Cáo", this.agency, login + "@example.com");
		// The agency's own officer: no agency parameter needed, the report is theirs.
		MockHttpServletResponse response = export("csv", TestAccounts.staff(this.context, login), null);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo("bao-cao-2025-05.csv");

		byte[] bytes = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain("\uFFFD");
		List<String> lines = csv.lines().toList();
		// The report's four lines, then a blank line and the satisfaction section (none in this period).
		assertThat(lines.get(4)).isEmpty();
		assertThat(lines.get(5)).isEqualTo("\"Mức độ hài lòng\"");
		assertThat(lines.get(0)).isEqualTo(quoted(HEADER));
		assertThat(lines.get(1)).as("a name starting like a formula is defused")
			.startsWith("\"'" + this.formulaName + "\",");
		List<String> expected = new ArrayList<>();
		expected.add(this.procedureName);
		Arrays.stream(MAY).forEach(value -> expected.add(Long.toString(value)));
		expected.add("50.0%");
		assertThat(lines.get(2)).isEqualTo(quoted(expected));
		assertThat(lines.get(3)).startsWith("\"Tổng cộng\",\"0\",\"3\",\"2\",\"1\",\"2\",\"1\"").endsWith("\"60.0%\"");
		assertThat(csv).endsWith("\r\n");
	}

	@Test
	void anotherAgencysOfficerDoesNotGetTheseFiguresEvenByParameter() throws Exception {
		MockHttpServletResponse response = export("csv", TestAccounts.staff(this.context, "canbo.songoaivu"),
				this.agency);
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(this.procedureName).doesNotContain(this.formulaName);
	}

	private MockHttpServletResponse export(String format, PortalUser who, UUID agency) throws Exception {
		var request = get("/stats/export." + format).param("year", "2025").param("month", "5").with(user(who));
		if (agency != null) {
			request.param("agency", agency.toString());
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<String> strings(Row row) {
		List<String> cells = new ArrayList<>();
		for (Cell cell : row) {
			cells.add(cell.getStringCellValue());
		}
		return cells;
	}

	private static long[] numbers(Row row) {
		long[] values = new long[MAY.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = (long) row.getCell(i + 1).getNumericCellValue();
		}
		return values;
	}

	private static String quoted(List<String> cells) {
		return String.join(",", cells.stream().map(cell -> "\"" + cell + "\"").toList());
	}

	private static Instant at(int month, int day) {
		return LocalDateTime.of(2025, month, day, 9, 0).atZone(PortalTime.ZONE).toInstant();
	}

	private void dossier(UUID procedure, String status, String channel, Instant received, String due, Instant resolved,
			Instant closed) {
		UUID id = UUID.randomUUID();
		LocalDate dueDate = LocalDate.parse(due);
		this.jdbc.update("""
				insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
				  submitter_name, owner_name, postal_return, created_at, updated_at, submitted_at, received_at,
				  original_due_date, due_date, resolved_at, closed_at, closing_reason,
				  version, procedure_code, procedure_name, agency_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'Lê Thị Xuất', 'Lê Thị Xuất', false, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  0, 'XBC', 'Thủ tục xuất báo cáo', ?)
				""", id, "XBC." + id.toString().substring(0, 8).toUpperCase() + "-250501-0001", UUID.randomUUID(), procedure,
				this.agency, this.applicant, channel, status, ts(received), ts(received), ts(received), ts(received),
				dueDate, dueDate, ts(resolved), ts(closed), (closed != null) ? "Hồ sơ không hợp lệ" : null,
				this.agencyName);
	}

	private static Timestamp ts(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

}

package vn.dvc.portal.rating;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.support.PortalTest;
import vn.dvc.portal.support.ReportData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures add up: ratings generated with random answers in an agency of their own, in two
 * months of 2019 (a year no other test rates in), counted back per month and procedure, their
 * percentages against the answers given, on the statistics page, in the exports and in the year's
 * overall lines.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SatisfactionFiguresTest {

	private static final int MARCH = 11;

	private static final int APRIL = 23;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SatisfactionSurvey survey;

	@Autowired
	SatisfactionFigures figures;

	@Autowired
	MockMvc mvc;

	private ReportData.Scope scope;

	private String procedureName;

	/** The answers given, per month, question and answer. */
	private final Map<YearMonth, Map<UUID, Map<Answer, Long>>> tally = new HashMap<>();

	/** Once for the class: the year's overall lines count exactly these. */
	@BeforeAll
	void ratingsOfMarchAndApril2019() {
		this.procedureName = "Cấp giấy phép thử mức độ hài lòng " + UUID.randomUUID().toString().substring(0, 6);
		this.scope = ReportData.agencyWithProcedure(this.jdbc, "HL", "UBND xã Hài Lòng", this.procedureName);
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Phan Thị Hạnh", "hanh-" + UUID.randomUUID() + "@example.com");
		Random random = new Random(12);
		for (int i = 0; i < MARCH + APRIL; i++) {
			// Overdue while the agency holds it: offered for rating.
			UUID dossier = ReportData.receivedDossier(this.jdbc, this.scope, citizen.accountId().value(),
					Instant.parse("2019-02-01T02:00:00Z"), LocalDate.of(2019, 2, 20), null);
			// The dossier's own copy of its procedure's name, as filing makes it.
			this.jdbc.update("update dossier set procedure_name = ? where id = ?", this.procedureName, dossier);
			Map<UUID, Answer> answers = new LinkedHashMap<>();
			for (UUID criterion : RatingJourneyTest.DEFAULT_CRITERIA) {
				List<Answer> scale = (criterion.equals(RatingJourneyTest.DEFAULT_CRITERIA.get(4)))
						? Scale.CONTACT_COUNT.answers() : Scale.SATISFACTION.answers();
				answers.put(criterion, scale.get(random.nextInt(scale.size())));
			}
			this.survey.rateAsOwner(citizen, new DossierId(dossier), answers, null);
			YearMonth month = (i < MARCH) ? YearMonth.of(2019, 3) : YearMonth.of(2019, 4);
			Instant givenAt = month.atDay(10 + (i % 15)).atTime(9, 30).atZone(vn.dvc.portal.shared.PortalTime.ZONE).toInstant();
			this.jdbc.update("update rating set given_at = ?, changed_at = ? where dossier_id = ?",
					java.sql.Timestamp.from(givenAt), java.sql.Timestamp.from(givenAt), dossier);
			answers.forEach((criterion, answer) -> this.tally.computeIfAbsent(month, m -> new HashMap<>())
				.computeIfAbsent(criterion, c -> new EnumMap<>(Answer.class))
				.merge(answer, 1L, Long::sum));
		}
	}

	@Test
	void eachMonthCountsItsRatingsAndTheSharesOfEachAnswerAddUp() {
		SatisfactionReport report = this.figures.report(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1),
				Optional.of(this.scope.agency()));
		assertThat(report.rows()).extracting(SatisfactionReport.Row::month)
			.containsExactly(YearMonth.of(2019, 3), YearMonth.of(2019, 4));
		assertThat(report.rows()).extracting(SatisfactionReport.Row::ratings).containsExactly((long) MARCH, (long) APRIL);
		assertThat(report.ratings()).isEqualTo(MARCH + APRIL);
		assertThat(report.criteria()).extracting(CriterionView::id).containsAll(RatingJourneyTest.DEFAULT_CRITERIA);
		for (SatisfactionReport.Row row : report.rows()) {
			assertThat(row.procedureName()).isEqualTo(this.procedureName);
			assertThat(row.agencyId()).isEqualTo(this.scope.agency());
			for (UUID criterion : RatingJourneyTest.DEFAULT_CRITERIA) {
				Shares shares = row.sharesOf(criterion);
				assertThat(shares.answered()).isEqualTo(row.ratings());
				Map<Answer, Long> given = this.tally.get(row.month()).get(criterion);
				double sum = 0;
				for (Answer answer : criterionScale(criterion).answers()) {
					long expected = given.getOrDefault(answer, 0L);
					assertThat(shares.count(answer)).as("%s %s %s", row.month(), criterion, answer).isEqualTo(expected);
					assertThat(shares.percent(answer)).isCloseTo(expected * 100.0 / row.ratings(), within(1e-9));
					sum += shares.percent(answer);
				}
				assertThat(sum).isCloseTo(100.0, within(1e-9));
			}
		}

		// One month only, and another agency's report, hold none of the other ratings.
		assertThat(this.figures.report(2019, 3, this.scope.agency()).ratings()).isEqualTo(MARCH);
		assertThat(this.figures.report(2019, 4, UUID.randomUUID()).rows()).isEmpty();
	}

	@Test
	void theYearsOverallLinesCountEveryRatingOfTheYear() {
		List<SatisfactionReport.Overall> overall = this.figures.overall(2019);
		assertThat(overall).extracting(line -> line.criterion().id()).containsSubsequence(RatingJourneyTest.DEFAULT_CRITERIA);
		SatisfactionReport.Overall first = overall.stream()
			.filter(line -> line.criterion().id().equals(RatingJourneyTest.DEFAULT_CRITERIA.get(0)))
			.findFirst()
			.orElseThrow();
		assertThat(first.shares().answered()).isEqualTo(MARCH + APRIL);
		long veryPleased = this.tally.values().stream()
			.mapToLong(month -> month.get(RatingJourneyTest.DEFAULT_CRITERIA.get(0)).getOrDefault(Answer.VERY_SATISFIED, 0L))
			.sum();
		assertThat(first.shares().count(Answer.VERY_SATISFIED)).isEqualTo(veryPleased);
	}

	@Test
	void theStatisticsPageAndItsExportsShowTheFigures() throws Exception {
		PortalUser admin = TestAccounts.staff(this.context, "admin");
		this.mvc.perform(get("/stats").param("year", "2019").param("month", "3")
			.param("agency", this.scope.agency().toString())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"satisfaction-figures\"")))
			.andExpect(content().string(containsString(this.procedureName)))
			.andExpect(content().string(containsString("<td class=\"rating-count\">" + MARCH + "</td>")));

		byte[] csvBytes = this.mvc.perform(get("/stats/export.csv").param("year", "2019")
			.param("agency", this.scope.agency().toString())
			.with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> lines = new String(csvBytes, StandardCharsets.UTF_8).lines().toList();
		int section = lines.indexOf("\"Mức độ hài lòng\"");
		assertThat(section).isPositive();
		assertThat(lines.get(section + 1)).startsWith("\"Tháng\",\"Cơ quan\",\"Mã thủ tục\",\"Thủ tục\",\"Số lượt đánh giá\",")
			.contains("\"Mức độ hài lòng chung về dịch vụ - Rất hài lòng\"");
		assertThat(lines.get(section + 2)).startsWith("\"03/2019\",").contains("\"" + this.procedureName + "\",\"" + MARCH + "\"");
		assertThat(lines.get(section + 3)).startsWith("\"04/2019\",").contains("\"" + APRIL + "\"");

		byte[] xlsx = this.mvc.perform(get("/stats/export.xlsx").param("year", "2019")
			.param("agency", this.scope.agency().toString())
			.with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Mức độ hài lòng");
			assertThat(sheet).isNotNull();
			Row march = sheet.getRow(3);
			assertThat(march.getCell(0).getStringCellValue()).isEqualTo("03/2019");
			assertThat(march.getCell(4).getNumericCellValue()).isEqualTo(MARCH);
			// The five answers of the first question share the whole.
			double sum = 0;
			for (int c = 5; c < 10; c++) {
				sum += (march.getCell(c) == null) ? 0 : march.getCell(c).getNumericCellValue();
			}
			assertThat(sum).isCloseTo(1.0, within(1e-9));
			assertThat(march.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
	}

	@Test
	void theHomePageShowsTheYearsSatisfaction() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"satisfaction-overall\"")))
			.andExpect(content().string(containsString("Mức độ hài lòng năm")))
			.andExpect(content().string(containsString("Mức độ hài lòng chung về dịch vụ")));
	}

	private static Scale criterionScale(UUID criterion) {
		return criterion.equals(RatingJourneyTest.DEFAULT_CRITERIA.get(4)) ? Scale.CONTACT_COUNT : Scale.SATISFACTION;
	}

}

package vn.dvc.portal.catalog;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's search through its in-memory index: every word anywhere in a procedure's folded
 * name, code or field, in any order and without diacritics; the filters; the count and the pages;
 * and a new procedure found at once. Every test searches an agency and a number of its own.
 */
@PortalTest
class CatalogSearchTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	private String suffix;

	private AgencyId agency;

	@BeforeEach
	void anAgencyOfItsOwn() {
		this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.agency = this.administration.createAgency(new NewAgency("SEARCH." + this.suffix,
				"Sở Tìm Kiếm " + this.suffix, AdminLevel.PROVINCE, null, null, null, null));
		procedure("A", "Cấp giấy phép tổ chức hội nghị quốc tế " + this.suffix, AdminLevel.PROVINCE);
		procedure("B", "Đăng ký hội nghị, hội thảo " + this.suffix, AdminLevel.DISTRICT);
		for (int number = 10; number < 35; number++) {
			procedure("N" + number, "Thủ tục thử " + this.suffix + " số " + number, AdminLevel.COMMUNE);
		}
	}

	@Test
	void everyWordMustAppearInAnyOrderWithoutDiacritics() {
		assertThat(names(search("nghi hoi " + this.suffix))).containsExactly(
				"Cấp giấy phép tổ chức hội nghị quốc tế " + this.suffix, "Đăng ký hội nghị, hội thảo " + this.suffix);
		assertThat(names(search("QUỐC tế " + this.suffix))).containsExactly(
				"Cấp giấy phép tổ chức hội nghị quốc tế " + this.suffix);
		assertThat(search("hoi nghi khong " + this.suffix).getTotalElements()).isZero();
	}

	@Test
	void aWordMayBePartOfAWordOfTheName() {
		// "ngh" begins "nghị", "oi" is inside "hội", "dang" is the folded "Đăng".
		assertThat(search("ngh oi " + this.suffix).getTotalElements()).isEqualTo(2);
		assertThat(names(search("dang " + this.suffix))).containsExactly("Đăng ký hội nghị, hội thảo " + this.suffix);
		// The code is searched too.
		assertThat(names(search("search." + this.suffix + ".a"))).containsExactly(
				"Cấp giấy phép tổ chức hội nghị quốc tế " + this.suffix);
	}

	@Test
	void theFiltersNarrowTheWords() {
		ProcedureQuery district = new ProcedureQuery("hoi nghi " + this.suffix, null, null, AdminLevel.DISTRICT);
		assertThat(names(this.catalog.search(district, PageRequest.of(0, 10))))
			.containsExactly("Đăng ký hội nghị, hội thảo " + this.suffix);
		ProcedureQuery partial = new ProcedureQuery("hoi nghi " + this.suffix, null, ServiceLevel.PARTIAL_ONLINE, null);
		assertThat(this.catalog.search(partial, PageRequest.of(0, 10)).getTotalElements()).isZero();
		ProcedureQuery wholeAgency = new ProcedureQuery(null, this.agency, null, null);
		assertThat(this.catalog.search(wholeAgency, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(27);
	}

	@Test
	void theCountAndThePagesAreOfEveryMatchInVietnameseOrder() {
		Page<ProcedureSummary> first = search("thu tuc " + this.suffix, 0);
		assertThat(first.getTotalElements()).isEqualTo(25);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(names(first)).containsExactly(numbered(10, 20));
		assertThat(names(search("thu tuc " + this.suffix, 2))).containsExactly(numbered(30, 35));
		// A page past the end shows the last one.
		Page<ProcedureSummary> past = search("thu tuc " + this.suffix, 9);
		assertThat(past.getNumber()).isEqualTo(2);
		assertThat(names(past)).containsExactly(numbered(30, 35));
	}

	@Test
	void aNewProcedureIsFoundAtOnceByTheWordsAlreadySearched() {
		assertThat(search("thao " + this.suffix).getTotalElements()).isEqualTo(1);
		procedure("C", "Tổ chức hội thảo khoa học " + this.suffix, AdminLevel.PROVINCE);
		assertThat(names(search("thao " + this.suffix))).containsExactly("Đăng ký hội nghị, hội thảo " + this.suffix,
				"Tổ chức hội thảo khoa học " + this.suffix);
	}

	private void procedure(String kind, String name, AdminLevel level) {
		this.administration.createProcedure(new NewProcedure("SEARCH." + this.suffix + "." + kind, name, "Thử nghiệm",
				this.agency, ServiceLevel.FULL_ONLINE, level, 10, 0, null, true, false, null, null, List.of()));
	}

	private Page<ProcedureSummary> search(String text) {
		return search(text, 0);
	}

	private Page<ProcedureSummary> search(String text, int page) {
		return this.catalog.search(new ProcedureQuery(text, null, null, null), PageRequest.of(page, 10));
	}

	private String[] numbered(int from, int to) {
		return java.util.stream.IntStream.range(from, to)
			.mapToObj(number -> "Thủ tục thử " + this.suffix + " số " + number)
			.toArray(String[]::new);
	}

	private static List<String> names(Page<ProcedureSummary> page) {
		return page.getContent().stream().map(ProcedureSummary::name).toList();
	}

}

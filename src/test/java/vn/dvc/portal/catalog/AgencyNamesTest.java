package vn.dvc.portal.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agencies named as the province's decision writes them: without the province, "UBND" for "Ủy ban
 * nhân dân", any case, with or without diacritics; and a name that two agencies share is ambiguous.
 */
class AgencyNamesTest {

	private final Agency foreignAffairs = agency("000.00.20.H27", "Sở Ngoại vụ tỉnh Hà Tĩnh", AdminLevel.PROVINCE);

	private final Agency homeAffairs = agency("000.00.12.H27", "Sở Nội vụ tỉnh Hà Tĩnh", AdminLevel.PROVINCE);

	private final Agency kyAnh = agency("000.00.40.H27", "Ủy ban nhân dân huyện Kỳ Anh", AdminLevel.DISTRICT);

	private final Agency haTinhCity = agency("000.00.31.H27", "Ủy ban nhân dân thành phố Hà Tĩnh", AdminLevel.DISTRICT);

	private final Agency province = agency("000.00.00.H27", "Ủy ban nhân dân tỉnh Hà Tĩnh", AdminLevel.PROVINCE);

	private final List<Agency> haTinh = List.of(this.foreignAffairs, this.homeAffairs, this.kyAnh, this.haTinhCity,
			this.province);

	@Test
	void anAgencyIsFoundByItsCodeInAnyCase() {
		assertThat(AgencyNames.find("000.00.20.h27", this.haTinh)).isEqualTo(new AgencyNames.Match.Found(this.foreignAffairs));
		assertThat(AgencyNames.find("  000.00.12.H27 ", this.haTinh)).isEqualTo(new AgencyNames.Match.Found(this.homeAffairs));
	}

	@Test
	void anAgencyIsFoundByItsFullNameIgnoringCaseDiacriticsAndPunctuation() {
		assertThat(found("SỞ NGOẠI VỤ TỈNH HÀ TĨNH")).isSameAs(this.foreignAffairs);
		assertThat(found("so noi vu tinh ha tinh")).isSameAs(this.homeAffairs);
		assertThat(found("Sở Nội vụ, tỉnh Hà Tĩnh")).isSameAs(this.homeAffairs);
		// Two ways of placing the tone mark on "uy" are the same name.
		assertThat(found("Uỷ ban nhân dân huyện Kỳ Anh")).isSameAs(this.kyAnh);
	}

	@Test
	void theProvinceMayBeLeftOutOrAddedAsTheDecisionWritesIt() {
		assertThat(found("Sở Ngoại vụ")).isSameAs(this.foreignAffairs);
		assertThat(found("Sở Nội vụ")).isSameAs(this.homeAffairs);
		assertThat(found("UBND huyện Kỳ Anh, tỉnh Hà Tĩnh")).isSameAs(this.kyAnh);
		assertThat(found("UBND huyện Kỳ Anh tỉnh Hà Tĩnh")).isSameAs(this.kyAnh);
	}

	@Test
	void ubndAndTpStandForTheirWords() {
		assertThat(found("UBND huyện Kỳ Anh")).isSameAs(this.kyAnh);
		assertThat(found("ubnd thành phố Hà Tĩnh")).isSameAs(this.haTinhCity);
		assertThat(found("UBND TP. Hà Tĩnh")).isSameAs(this.haTinhCity);
		assertThat(found("UBND tỉnh Hà Tĩnh")).isSameAs(this.province);
	}

	@Test
	void aCityNamedLikeItsProvinceIsNotTakenForTheProvince() {
		// "thành phố Hà Tĩnh" is a city of the province, not the province: it stays part of the name.
		assertThat(found("UBND thành phố Hà Tĩnh")).isSameAs(this.haTinhCity);
		assertThat(AgencyNames.withoutProvince(AgencyNames.key("Ủy ban nhân dân thành phố Hà Tĩnh")))
			.isEqualTo("uy ban nhan dan thanh pho ha tinh");
		assertThat(AgencyNames.withoutProvince(AgencyNames.key("Sở Ngoại vụ tỉnh Hà Tĩnh"))).isEqualTo("so ngoai vu");
	}

	@Test
	void aNameThatTwoAgenciesShareIsAmbiguous() {
		Agency ngheAnForeignAffairs = agency("000.00.20.H40", "Sở Ngoại vụ tỉnh Nghệ An", AdminLevel.PROVINCE);
		List<Agency> twoProvinces = List.of(this.foreignAffairs, ngheAnForeignAffairs, this.homeAffairs);

		assertThat(AgencyNames.find("Sở Ngoại vụ", twoProvinces))
			.isEqualTo(new AgencyNames.Match.Ambiguous(List.of(this.foreignAffairs, ngheAnForeignAffairs)));
		// The full name or the code still tells them apart.
		assertThat(AgencyNames.find("Sở Ngoại vụ tỉnh Nghệ An", twoProvinces))
			.isEqualTo(new AgencyNames.Match.Found(ngheAnForeignAffairs));
		assertThat(AgencyNames.find("000.00.20.H27", twoProvinces)).isEqualTo(new AgencyNames.Match.Found(this.foreignAffairs));
		// Only the name without the province is shared; another agency is still found.
		assertThat(AgencyNames.find("Sở Nội vụ", twoProvinces)).isEqualTo(new AgencyNames.Match.Found(this.homeAffairs));
	}

	@Test
	void aNameOfNoAgencyIsNotFound() {
		assertThat(AgencyNames.find("Sở Du lịch", this.haTinh)).isEqualTo(new AgencyNames.Match.NotFound());
		assertThat(AgencyNames.find("Ngoại vụ", this.haTinh)).isEqualTo(new AgencyNames.Match.NotFound());
		assertThat(AgencyNames.find("   ", this.haTinh)).isEqualTo(new AgencyNames.Match.NotFound());
		// The province alone is no agency of it.
		assertThat(AgencyNames.find("tỉnh Hà Tĩnh", this.haTinh)).isEqualTo(new AgencyNames.Match.NotFound());
	}

	private Agency found(String text) {
		AgencyNames.Match match = AgencyNames.find(text, this.haTinh);
		assertThat(match).as(text).isInstanceOf(AgencyNames.Match.Found.class);
		return ((AgencyNames.Match.Found) match).agency();
	}

	private static Agency agency(String code, String name, AdminLevel level) {
		return new Agency(new NewAgency(code, name, level, null, null, null, null));
	}

}

package vn.dvc.portal.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingReturnTest {

	@Test
	void onlyTheInitialsOfTheOwnerAreShown() {
		assertThat(WaitingReturn.mask("Nguyễn Thị Hoa")).isEqualTo("N.T.H.");
		assertThat(WaitingReturn.mask("  đặng   văn ánh ")).isEqualTo("Đ.V.Á.");
		// Decomposed marks (as some keyboards type them) keep the initial's own mark.
		assertThat(WaitingReturn.mask("A\u0302u Thi\u0323 Lan")).isEqualTo("Â.T.L.");
		assertThat(WaitingReturn.mask("")).isEqualTo("***");
		assertThat(WaitingReturn.mask(null)).isEqualTo("***");
	}

}

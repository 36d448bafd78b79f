package vn.dvc.portal.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

	@Test
	void idNumbersKeepTheirFirstFourAndLastTwoDigits() {
		assertThat(Masks.idNumber("042087000645")).isEqualTo("0420******45");
		assertThat(Masks.idNumber("042 087 000 645")).isEqualTo("0420******45");
		assertThat(Masks.idNumber("123456789")).isEqualTo("1234***89");
		assertThat(Masks.idNumber("C1234567")).isEqualTo("C123**67");
	}

	@Test
	void phonesKeepTheirFirstAndLastTwoDigits() {
		assertThat(Masks.phone("0912345678")).isEqualTo("09******78");
		assertThat(Masks.phone("0912 345 678")).isEqualTo("09******78");
	}

	@Test
	void aTypedLoginIsMaskedWhateverItIs() {
		assertThat(Masks.login("042.087.000.645")).isEqualTo("0420******45");
		// Possibly a password typed into the wrong field: only its first three characters remain.
		assertThat(Masks.login("hoa sen no tren dam")).isEqualTo("hoa***");
		assertThat(Masks.accountLogin("canbo.songoaivu")).isEqualTo("canbo.songoaivu");
		assertThat(Masks.accountLogin("042087000645")).isEqualTo("0420******45");
	}

}

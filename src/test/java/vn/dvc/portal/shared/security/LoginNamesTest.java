package vn.dvc.portal.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginNamesTest {

	@Test
	void anIdNumberIsTheSameLoginHoweverItIsTyped() {
		for (String typed : new String[] { "042087000645", "042.087.000.645", "042 087 000 645", "042-087-000-645",
				" 0420 8700 0645 ", "042\u2013087\u2013000\u2013645", "\uFF10\uFF14\uFF12087000645",
				"042\u00A0087\u00A0000\u00A0645", "0420\u200B87000645", "\u202E042087000645" }) {
			assertThat(LoginNames.normalize(typed)).as(typed).isEqualTo("042087000645");
		}
		assertThat(LoginNames.normalize("c 123.4567")).isEqualTo("C1234567");
		assertThat(LoginNames.normalize("123 456 789")).isEqualTo("123456789");
	}

	@Test
	void aStaffUsernameKeepsItsDotsAndIsLowerCase() {
		assertThat(LoginNames.normalize(" Canbo.SoNgoaiVu ")).isEqualTo("canbo.songoaivu");
		assertThat(LoginNames.normalize("ADMIN")).isEqualTo("admin");
		assertThat(LoginNames.normalize(null)).isEmpty();
		assertThat(LoginNames.isIdNumber("canbo.songoaivu")).isFalse();
		assertThat(LoginNames.isIdNumber("042087000645")).isTrue();
	}

}

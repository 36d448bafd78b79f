package vn.dvc.portal.account;


import org.junit.jupiter.api.Test;

import vn.dvc.portal.account.PasswordPolicy.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void atLeastEightCharacters() {
		assertThat(this.policy.check("tre-xan", null)).contains(Violation.TOO_SHORT);
		assertThat(this.policy.check("tre-xanh", null)).isEmpty();
		assertThat(this.policy.check("", null)).contains(Violation.TOO_SHORT);
		assertThat(this.policy.check(null, null)).contains(Violation.TOO_SHORT);
	}

	@Test
	void longVietnamesePassphrasesAreWelcomeUpTo128Characters() {
		String passphrase = "Con đường đến trường hôm nay rợp bóng hoa phượng đỏ và tiếng ve râm ran";
		assertThat(passphrase.codePointCount(0, passphrase.length())).isGreaterThanOrEqualTo(70);
		assertThat(this.policy.check(passphrase, "001090012345")).isEmpty();

		assertThat(this.policy.check("đ".repeat(128), null)).isEmpty();
		assertThat(this.policy.check("a".repeat(128), null)).isEmpty();
		assertThat(this.policy.check("a".repeat(129), null)).contains(Violation.TOO_LONG);
	}

	@Test
	void lengthCountsCharactersNotUtf16Units() {
		// 100 emoji are 200 UTF-16 units but 100 characters; 5 emoji are 10 units but 5 characters.
		assertThat(this.policy.check("\uD83C\uDF38".repeat(100), null)).isEmpty();
		assertThat(this.policy.check("\uD83C\uDF38".repeat(5), null)).contains(Violation.TOO_SHORT);
	}

	@Test
	void commonPasswordsAreRefusedInAnyCase() {
		assertThat(this.policy.check("password123", null)).contains(Violation.TOO_COMMON);
		assertThat(this.policy.check("12345678", null)).contains(Violation.TOO_COMMON);
		assertThat(this.policy.check("PassWord123", null)).contains(Violation.TOO_COMMON);
		assertThat(this.policy.check("matkhau123", null)).contains(Violation.TOO_COMMON);
	}

	@Test
	void thePasswordMayNotContainTheIdNumber() {
		assertThat(this.policy.check("abc001090012345", "001090012345")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("001090012345", "0010 9001 2345")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("toi-la-c1234567", "C1234567")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("abc001090012345", "001090099999")).isEmpty();
		assertThat(this.policy.check("mot cau mat khau dai", "")).isEmpty();
	}

	@Test
	void aStaffPasswordMayNotContainTheLoginWrittenAnyWay() {
		// The login "canbo.songoaivu" once slipped through as "Canbo.Songoaivu-2024": only the
		// login's dots were removed before comparing.
		assertThat(this.policy.check("Canbo.Songoaivu-2024", "canbo.songoaivu")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("canbo.songoaivu.2024", "canbo.songoaivu")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("xx CANBO SONGOAIVU xx", "canbo.songoaivu")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("canbo_songoaivu!!", "canbo.songoaivu")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("Admin-cua-toi-2024", "admin")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("042.087.000.645-abc", "042087000645")).contains(Violation.SAME_AS_LOGIN);
		assertThat(this.policy.check("song ngoai vu hoa sen", "canbo.songoaivu")).isEmpty();
	}

	@Test
	void violationsHaveTheirMessageKeys() {
		assertThat(Violation.TOO_SHORT.messageKey()).isEqualTo("password.too-short");
		assertThat(Violation.TOO_LONG.messageKey()).isEqualTo("password.too-long");
		assertThat(Violation.TOO_COMMON.messageKey()).isEqualTo("password.too-common");
		assertThat(Violation.SAME_AS_LOGIN.messageKey()).isEqualTo("password.same-as-login");
	}

}

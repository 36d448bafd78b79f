package vn.dvc.portal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumberTest {

	@Test
	void mobileNumbersAreReadInTheirUsualSpellings() {
		assertThat(PhoneNumber.parse("0912 345 678")).map(PhoneNumber::value).contains("0912345678");
		assertThat(PhoneNumber.parse("+84912345678")).map(PhoneNumber::value).contains("0912345678");
		assertThat(PhoneNumber.parse("84912345678")).map(PhoneNumber::value).contains("0912345678");
		assertThat(PhoneNumber.parse("+84 912.345-678")).map(PhoneNumber::value).contains("0912345678");
		assertThat(PhoneNumber.parse("(0912) 345 678")).map(PhoneNumber::value).contains("0912345678");
		assertThat(PhoneNumber.parse("0388745896")).map(PhoneNumber::value).contains("0388745896");
		assertThat(PhoneNumber.parse("0586745896")).isPresent();
		assertThat(PhoneNumber.parse("0788745896")).isPresent();
		assertThat(PhoneNumber.parse("0888745896")).isPresent();
	}

	@Test
	void landlinesWithTheirAreaCodeAreAccepted() {
		assertThat(PhoneNumber.parse("02393855555")).map(PhoneNumber::value).contains("02393855555");
		assertThat(PhoneNumber.parse("0239 3855 555")).map(PhoneNumber::value).contains("02393855555");
		assertThat(PhoneNumber.parse("+842393855555")).map(PhoneNumber::value).contains("02393855555");
	}

	@Test
	void whatIsNotAVietnamesePhoneNumberIsRefused() {
		for (String typed : new String[] { null, "", "   ", "0112345678", "0412345678", "0612345678", "12345",
				"091234567", "09123456789", "09123abc78", "không có số", "abcdefghij", "+1 912 345 678",
				"0239385555" }) {
			assertThat(PhoneNumber.parse(typed)).as("%s", typed).isEmpty();
		}
	}

	@Test
	void theConstructorOnlyTakesTheNationalForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("+84912345678"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("0912 345 678"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber(null));
	}

	@Test
	void maskedShowsOnlyTheLastThreeDigits() {
		PhoneNumber mobile = new PhoneNumber("0912345678");
		assertThat(mobile.masked()).isEqualTo("*******678");
		assertThat(mobile.toString()).isEqualTo("*******678").doesNotContain("0912");
		assertThat(new PhoneNumber("02393855555").masked()).isEqualTo("********555");
	}

}

package vn.dvc.portal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdDocumentTypeTest {

	@Test
	void oldIdentityCardsHaveNineDigits() {
		assertThat(IdDocumentType.CMND.accepts("123456789")).isTrue();
		assertThat(IdDocumentType.CMND.accepts("183 456 789")).isTrue();
		assertThat(IdDocumentType.CMND.accepts("12345678")).isFalse();
		assertThat(IdDocumentType.CMND.accepts("1234567890")).isFalse();
		assertThat(IdDocumentType.CMND.accepts("001090012345")).isFalse();
		assertThat(IdDocumentType.CMND.accepts("12345678a")).isFalse();
	}

	@Test
	void citizenIdentityCardsHaveTwelveDigitsWhateverTheSeparators() {
		assertThat(IdDocumentType.CCCD.accepts("001090012345")).isTrue();
		assertThat(IdDocumentType.CCCD.accepts("0010 9001 2345")).isTrue();
		assertThat(IdDocumentType.CCCD.accepts("001.090.012.345")).isTrue();
		assertThat(IdDocumentType.CCCD.accepts(" 001-090-012-345 ")).isTrue();
		assertThat(IdDocumentType.CCCD.accepts("00109001234")).isFalse();
		assertThat(IdDocumentType.CCCD.accepts("0010900123456")).isFalse();
		assertThat(IdDocumentType.CCCD.accepts("123456789")).isFalse();
		assertThat(IdDocumentType.CCCD.accepts(null)).isFalse();
	}

	@Test
	void passportsHaveALetterAndSevenDigitsInAnyCase() {
		assertThat(IdDocumentType.PASSPORT.accepts("C1234567")).isTrue();
		assertThat(IdDocumentType.PASSPORT.accepts("c1234567")).isTrue();
		assertThat(IdDocumentType.PASSPORT.accepts("c 123 4567")).isTrue();
		assertThat(IdDocumentType.PASSPORT.accepts("C123456")).isFalse();
		assertThat(IdDocumentType.PASSPORT.accepts("C12345678")).isFalse();
		assertThat(IdDocumentType.PASSPORT.accepts("12345678")).isFalse();
		assertThat(IdDocumentType.PASSPORT.accepts("CC234567")).isFalse();
		assertThat(IdDocumentType.CCCD.accepts("C1234567")).isFalse();
	}

	@Test
	void numbersAreStoredWithoutSeparatorsAndInUpperCase() {
		assertThat(IdDocumentType.normalize(" 0010 9001.2345 ")).isEqualTo("001090012345");
		assertThat(IdDocumentType.normalize("c-123-4567")).isEqualTo("C1234567");
		assertThat(IdDocumentType.normalize(null)).isEmpty();
	}

}

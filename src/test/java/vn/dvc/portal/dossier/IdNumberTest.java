package vn.dvc.portal.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The forms of an owner's ID number, held once for the dossier form and the desk's search. */
class IdNumberTest {

	@ParameterizedTest
	@CsvSource(delimiterString = "->", value = {
			"123456789 -> 123456789", // identity card
			"001090012345 -> 001090012345", // citizen identity card
			"B1234567 -> B1234567", // passport
			"b1234567 -> B1234567", // passport typed in lower case
			"0101234567 -> 0101234567", // tax code
			"0101234567-001 -> 0101234567-001" // tax code of a branch
	})
	void acceptsEachFormAndKeepsItAsDossiersDo(String typed, String kept) {
		assertThat(IdNumber.parse(typed)).map(IdNumber::value).hasValue(kept);
	}

	@Test
	void theSpacesAroundANumberAreNotPartOfIt() {
		assertThat(IdNumber.parse("  001090012345 ")).map(IdNumber::value).hasValue("001090012345");
		assertThat(IdNumber.parse("\t001090012345\n")).map(IdNumber::value).hasValue("001090012345");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n" })
	void nothingTypedIsNoNumber(String typed) {
		assertThat(IdNumber.parse(typed)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"12345678", // one digit short of an identity card
			"12345678901", // between the forms
			"0010900123456", // one digit too many
			"0101234567-01", // a branch has three digits
			"BB123456", // a passport has one letter
			"001090 012345", // a space inside
			"001.090.012.345", // dots belong to the desk's search, not to the number
			"001090012345\u0000", // a control character after it
			"\u0000001090012345", // and before it
			"0010900\u00072345", // and inside
			"\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", // digits of another script
			"\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19", // full-width digits
			"001090012345; drop", // something after it
			"00109001234500109001234500109001234500109001234500109001234500109001234500109001234" })
	void refusesWhatIsNotOneOfTheForms(String typed) {
		assertThat(IdNumber.parse(typed)).isEmpty();
	}

	@Test
	void aValueNotInTheKeptFormCannotBeMade() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber("b1234567"));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber(" 123456789"));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber(null));
	}

	@Test
	void theNumberStaysOutOfItsTextForm() {
		assertThat(IdNumber.parse("001090012345").orElseThrow()).hasToString("IdNumber[hidden]");
	}

}

package vn.dvc.portal.dossier.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dossier form saves of an owner's ID number. */
class DossierFormContentTest {

	@Test
	void anOwnersIdNumberIsKeptInTheFormTheDeskSearchesBy() {
		assertThat(ownerIdNumberKept(" b1234567 ")).isEqualTo("B1234567");
		assertThat(ownerIdNumberKept("001090012345")).isEqualTo("001090012345");
	}

	@Test
	void aDraftKeepsANumberThatIsNotOneYetAsTyped() {
		// Submission refuses it; a draft may hold it half-typed.
		assertThat(ownerIdNumberKept(" 00109 ")).isEqualTo("00109");
		assertThat(ownerIdNumberKept("  ")).isNull();
	}

	private static String ownerIdNumberKept(String typed) {
		DossierForm form = new DossierForm();
		form.setSubmitterName("Nguyễn Văn A");
		form.setOwnerSameAsSubmitter(false);
		form.setOwnerName("Trần Thị B");
		form.setOwnerIdNumber(typed);
		return form.toContent("001090099999").owner().idNumber();
	}

}

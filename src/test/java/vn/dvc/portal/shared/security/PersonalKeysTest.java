package vn.dvc.portal.shared.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersonalKeysTest {

	@TempDir
	Path data;

	@Test
	void theDefaultRunGeneratesItsSecretOnceReadableByItsOwnerOnly() throws Exception {
		Path file = this.data.resolve("secret.key");
		PersonalKeys first = new PersonalKeys(new KeySecretProperties(null, file, true));

		assertThat(file).exists();
		assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		PersonalKeys afterRestart = new PersonalKeys(new KeySecretProperties(null, file, true));
		assertThat(afterRestart.of("login-account", "042087000645")).isEqualTo(first.of("login-account", "042087000645"))
			.hasSize(32)
			.doesNotContain("042087000645");
		assertThat(first.of("login-client", "042087000645")).isNotEqualTo(first.of("login-account", "042087000645"));
		try (var files = Files.list(this.data)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void aConfiguredSecretIsUsedAndAnotherSecretGivesOtherKeys() {
		PersonalKeys one = new PersonalKeys(new KeySecretProperties("a".repeat(40), this.data.resolve("x"), true));
		PersonalKeys other = new PersonalKeys(new KeySecretProperties("b".repeat(40), this.data.resolve("x"), true));
		assertThat(one.of("p", "042087000645")).isNotEqualTo(other.of("p", "042087000645"));
		assertThat(this.data.resolve("x")).doesNotExist();
	}

	@Test
	void productionRefusesToStartWithoutASecretOrWithAShortOne() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new PersonalKeys(new KeySecretProperties(null, this.data.resolve("s"), false)))
			.withMessageContaining("dvc.security.key-secret");
		assertThatIllegalStateException()
			.isThrownBy(() -> new PersonalKeys(new KeySecretProperties("short", this.data.resolve("s"), true)))
			.withMessageContaining("at least 32");
	}

}

package vn.dvc.portal.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sizes as a person reads them: never "0 KB" for a small file, one decimal, the reader's decimal mark. */
class FileSizesTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final FileSizes sizes = new FileSizes();

	@Test
	void smallFilesAreCountedInBytes() {
		assertThat(this.sizes.format(0, VIETNAMESE)).isEqualTo("0 B");
		assertThat(this.sizes.format(1, VIETNAMESE)).isEqualTo("1 B");
		assertThat(this.sizes.format(512, VIETNAMESE)).isEqualTo("512 B");
		assertThat(this.sizes.format(1023, VIETNAMESE)).isEqualTo("1023 B");
	}

	@Test
	void kilobytesAndMegabytesHaveOneDecimalWithTheVietnameseComma() {
		assertThat(this.sizes.format(1024, VIETNAMESE)).isEqualTo("1,0 KB");
		assertThat(this.sizes.format(1536, VIETNAMESE)).isEqualTo("1,5 KB");
		assertThat(this.sizes.format(250 * 1024 + 307, VIETNAMESE)).isEqualTo("250,3 KB");
		assertThat(this.sizes.format(3 * 1024 * 1024 / 2, VIETNAMESE)).isEqualTo("1,5 MB");
		assertThat(this.sizes.format(20L * 1024 * 1024, VIETNAMESE)).isEqualTo("20,0 MB");
		assertThat(this.sizes.format(5L * 1024 * 1024 * 1024, VIETNAMESE)).isEqualTo("5,0 GB");
	}

	@Test
	void englishReadersGetADecimalPoint() {
		assertThat(this.sizes.format(1536, Locale.ENGLISH)).isEqualTo("1.5 KB");
		assertThat(this.sizes.format(3 * 1024 * 1024 / 2, Locale.ENGLISH)).isEqualTo("1.5 MB");
		assertThat(this.sizes.format(900, Locale.ENGLISH)).isEqualTo("900 B");
	}

	@Test
	void aSizeThatRoundsUpToAThousandAndTwentyFourMovesToTheNextUnit() {
		// 1,048,575 bytes is 1023.999 KB: "1024,0 KB" would be wrong, it is 1,0 MB.
		assertThat(this.sizes.format(1024 * 1024 - 1, VIETNAMESE)).isEqualTo("1,0 MB");
		assertThat(this.sizes.format(1024 * 1024 - 1024 * 52 / 10, VIETNAMESE)).isEqualTo("1018,8 KB");
	}

}

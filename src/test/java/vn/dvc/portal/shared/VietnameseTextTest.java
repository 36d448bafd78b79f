package vn.dvc.portal.shared;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void foldsDiacriticsAndCase() {
		assertThat(VietnameseText.fold("Hội nghị, hội thảo QUỐC TẾ")).isEqualTo("hoi nghi, hoi thao quoc te");
		assertThat(VietnameseText.fold("Tặng danh hiệu \"Chiến sỹ thi đua cấp tỉnh\""))
			.isEqualTo("tang danh hieu \"chien sy thi dua cap tinh\"");
	}

	@Test
	void dWithStrokeIsFoldedToD() {
		assertThat(VietnameseText.fold("Đường")).isEqualTo("duong");
		assertThat(VietnameseText.fold("đồng ĐỘI")).isEqualTo("dong doi");
	}

	@Test
	void decomposedInputFoldsLikeComposedInput() {
		String decomposed = Normalizer.normalize("Hội nghị Đường", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Hội nghị Đường");
		assertThat(VietnameseText.fold(decomposed)).isEqualTo("hoi nghi duong");
	}

	@Test
	void spacesAreCollapsedAndTrimmed() {
		assertThat(VietnameseText.fold("  nhiều \t khoảng\n trắng  ")).isEqualTo("nhieu khoang trang");
	}

	@Test
	void nullFoldsToEmpty() {
		assertThat(VietnameseText.fold(null)).isEmpty();
		assertThat(VietnameseText.fold("")).isEmpty();
	}

}

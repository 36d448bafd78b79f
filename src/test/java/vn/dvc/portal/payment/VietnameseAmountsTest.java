package vn.dvc.portal.payment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in words as a Vietnamese receipt writes them. */
class VietnameseAmountsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0|Không đồng", "5|Năm đồng", "10|Mười đồng", "15|Mười lăm đồng",
			"21|Hai mươi mốt đồng", "25|Hai mươi lăm đồng", "105|Một trăm linh năm đồng", "110|Một trăm mười đồng",
			"1000|Một nghìn đồng", "150000|Một trăm năm mươi nghìn đồng", "1005000|Một triệu không trăm linh năm nghìn đồng",
			"2500000|Hai triệu năm trăm nghìn đồng", "1000001|Một triệu không trăm linh một đồng",
			"30000000|Ba mươi triệu đồng", "1200000000|Một tỷ hai trăm triệu đồng",
			"14|Mười bốn đồng", "41|Bốn mươi mốt đồng", "11|Mười một đồng" })
	void amountsReadAsOnAReceipt(long amount, String words) {
		assertThat(VietnameseAmounts.inWords(amount)).isEqualTo(words);
	}

}

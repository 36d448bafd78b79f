package vn.dvc.portal.payment;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import vn.dvc.portal.payment.vnpay.VnpayGateway;
import vn.dvc.portal.payment.vnpay.VnpayProtocol;

import static org.assertj.core.api.Assertions.assertThat;

/** The VNPay 2.1.0 rules, checked against the specification's wording, not against our own code. */
class VnpayProtocolTest {

	static final String SECRET = "SECRETKEYFORTESTSONLY0000000000";

	@Test
	void theSignatureIsHmacSha512OfTheSortedUrlEncodedParameters() throws Exception {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("vnp_TxnRef", "ABC123");
		parameters.put("vnp_Amount", "15000000");
		parameters.put("vnp_OrderInfo", "Thanh toan ho so 000.00.12.H27-241112-0001");
		parameters.put("vnp_ReturnUrl", "https://dvc.example/payments/vnpay/return");
		parameters.put("vnp_BankCode", "");

		String expectedData = "vnp_Amount=15000000&vnp_OrderInfo=Thanh+toan+ho+so+000.00.12.H27-241112-0001"
				+ "&vnp_ReturnUrl=https%3A%2F%2Fdvc.example%2Fpayments%2Fvnpay%2Freturn&vnp_TxnRef=ABC123";
		assertThat(VnpayProtocol.hashData(parameters)).isEqualTo(expectedData);
		Mac mac = Mac.getInstance("HmacSHA512");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
		String expected = java.util.HexFormat.of().formatHex(mac.doFinal(expectedData.getBytes(StandardCharsets.UTF_8)));
		Map<String, String> signed = VnpayProtocol.signed(SECRET, parameters);
		assertThat(signed.get("vnp_SecureHash")).isEqualTo(expected).hasSize(128);
		assertThat(VnpayProtocol.verify(SECRET, signed)).isTrue();

		signed.put("vnp_SecureHashType", "HmacSHA512");
		assertThat(VnpayProtocol.verify(SECRET, signed)).as("the hash type is not signed").isTrue();
		signed.put("vnp_Amount", "15000100");
		assertThat(VnpayProtocol.verify(SECRET, signed)).isFalse();
		assertThat(VnpayProtocol.verify("another secret", VnpayProtocol.signed(SECRET, parameters))).isFalse();
	}

	@Test
	void datesAreInGmtPlus7AndAmountsInDongTimes100() {
		assertThat(VnpayProtocol.date(Instant.parse("2024-11-12T17:30:05Z"))).isEqualTo("20241113003005");
		assertThat(VnpayProtocol.parseDate("20241113003005")).isEqualTo(Instant.parse("2024-11-12T17:30:05Z"));
		assertThat(VnpayProtocol.amount(150_000)).isEqualTo("15000000");
		assertThat(VnpayProtocol.amountVnd("15000000")).isEqualTo(150_000L);
		assertThat(VnpayProtocol.amountVnd("15000050")).as("not whole đồng").isNull();
		assertThat(VnpayProtocol.amountVnd("-100")).isNull();
		assertThat(VnpayProtocol.plainText("Lệ phí hồ sơ Đổi tên hội!", 255)).isEqualTo("Le phi ho so Doi ten hoi");
	}

	@Test
	void thePaymentUrlCarriesTheRequiredParametersSigned() {
		Instant created = Instant.parse("2024-11-12T03:00:00Z");
		VnpayGateway gateway = new VnpayGateway("DVCTMN01", SECRET, URI.create("https://pay.example/paymentv2/vpcpay.html"),
				URI.create("https://pay.example/merchant_webapi/api/transaction"), Duration.ofSeconds(5),
				Clock.systemUTC());

		URI url = gateway.initiate(new PaymentGateway.Charge("TXN0000000000000001", 150_000, "Thanh toán hồ sơ",
				URI.create("https://dvc.example/payments/vnpay/return"), "127.0.0.1", created,
				created.plus(Duration.ofMinutes(15))));

		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : url.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		assertThat(query).containsEntry("vnp_Version", "2.1.0")
			.containsEntry("vnp_Command", "pay")
			.containsEntry("vnp_TmnCode", "DVCTMN01")
			.containsEntry("vnp_Amount", "15000000")
			.containsEntry("vnp_CurrCode", "VND")
			.containsEntry("vnp_TxnRef", "TXN0000000000000001")
			.containsEntry("vnp_OrderInfo", "Thanh toan ho so")
			.containsEntry("vnp_Locale", "vn")
			.containsEntry("vnp_CreateDate", "20241112100000")
			.containsEntry("vnp_ExpireDate", "20241112101500")
			.containsKey("vnp_SecureHash");
		assertThat(VnpayProtocol.verify(SECRET, query)).isTrue();

		Map<String, String> cancelled = new LinkedHashMap<>(Map.of("vnp_TmnCode", "DVCTMN01", "vnp_TxnRef",
				"TXN0000000000000001", "vnp_Amount", "15000000", "vnp_ResponseCode", "24", "vnp_TransactionStatus", "02"));
		PaymentGateway.Callback callback = gateway.verifyCallback(VnpayProtocol.signed(SECRET, cancelled));
		assertThat(callback.signatureValid()).isTrue();
		assertThat(callback.outcome()).isEqualTo(PaymentGateway.Outcome.CANCELLED);
		assertThat(callback.amountVnd()).isEqualTo(150_000L);
		cancelled.put("vnp_TmnCode", "OTHERTMN");
		assertThat(gateway.verifyCallback(VnpayProtocol.signed(SECRET, cancelled)).signatureValid())
			.as("another terminal's callback").isFalse();
	}

	@Test
	void signaturesAreComparedWithoutStoppingAtTheFirstDifference() {
		assertThat(VnpayProtocol.sameInConstantTime("abcdef", "abcdef")).isTrue();
		assertThat(VnpayProtocol.sameInConstantTime("abcdef", "abcdeg")).isFalse();
		assertThat(VnpayProtocol.sameInConstantTime("abcdef", "abc")).isFalse();
	}

}

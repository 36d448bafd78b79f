package vn.dvc.portal.payment.vnpay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rules of VNPay's payment API 2.1.0 that both sides of a payment follow (the portal's adapter
 * and the simulated gateway): the {@code vnp_SecureHash} is the HMAC-SHA512 of the parameters
 * sorted by name and URL-encoded, joined with {@code &}; dates are {@code yyyyMMddHHmmss} in GMT+7;
 * amounts are in đồng times 100.
 */
public final class VnpayProtocol {

	public static final String VERSION = "2.1.0";

	public static final String SECURE_HASH = "vnp_SecureHash";

	public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

	/**
	 * GMT+7 as a fixed offset. (VNPay's own Java sample writes "Etc/GMT+7", which in the tz database
	 * means seven hours behind UTC, not ahead.)
	 */
	public static final ZoneOffset GMT_PLUS_7 = ZoneOffset.ofHours(7);

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	/** The answers to an IPN that VNPay understands. */
	public enum IpnAnswer {

		CONFIRMED("00", "Confirm Success"), ORDER_NOT_FOUND("01", "Order not found"),
		ALREADY_CONFIRMED("02", "Order already confirmed"), INVALID_AMOUNT("04", "invalid amount"),
		INVALID_SIGNATURE("97", "Invalid signature"), OTHER("99", "Unknow error");

		private final String code;

		private final String message;

		IpnAnswer(String code, String message) {
			this.code = code;
			this.message = message;
		}

		public String code() {
			return this.code;
		}

		/** The body VNPay reads: {@code {"RspCode":"00","Message":"Confirm Success"}}. */
		public String json() {
			return "{\"RspCode\":\"" + this.code + "\",\"Message\":\"" + this.message + "\"}";
		}

	}

	private VnpayProtocol() {
	}

	/** The signed text: every non-empty {@code vnp_} parameter but the hash itself, sorted, encoded. */
	public static String hashData(Map<String, String> parameters) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals(SECURE_HASH) && !entry.getKey().equals(SECURE_HASH_TYPE))
			.filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** The parameters as a query string, in the same order and encoding as {@link #hashData}. */
	public static String query(Map<String, String> parameters) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** HMAC-SHA512 of the text under the secret, in lower-case hexadecimal. */
	public static String hmac(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The parameters with their {@code vnp_SecureHash} added. */
	public static Map<String, String> signed(String secret, Map<String, String> parameters) {
		Map<String, String> signed = new TreeMap<>(parameters);
		signed.remove(SECURE_HASH);
		signed.remove(SECURE_HASH_TYPE);
		signed.put(SECURE_HASH, hmac(secret, hashData(signed)));
		return signed;
	}

	/** Whether the parameters carry the right signature, compared in constant time. */
	public static boolean verify(String secret, Map<String, String> parameters) {
		String given = parameters.get(SECURE_HASH);
		if (given == null || given.isEmpty()) {
			return false;
		}
		return sameInConstantTime(hmac(secret, hashData(parameters)), given.toLowerCase(Locale.ROOT));
	}

	/** Compares two signatures without stopping at the first difference, so timing tells nothing. */
	public static boolean sameInConstantTime(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.getBytes(StandardCharsets.US_ASCII));
	}

	public static String date(Instant instant) {
		return DATE.format(instant.atOffset(GMT_PLUS_7));
	}

	public static Instant parseDate(String text) {
		return LocalDateTime.parse(text, DATE).toInstant(GMT_PLUS_7);
	}

	/** VNPay asks for order information in Vietnamese without diacritics or special characters. */
	public static String plainText(String text, int maxLength) {
		String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9 .:\\-]", " ")
			.replaceAll("\\s+", " ")
			.trim();
		return (folded.length() > maxLength) ? folded.substring(0, maxLength).trim() : folded;
	}

	/** The VNPay amount: đồng times 100, as digits. */
	public static String amount(long amountVnd) {
		return Long.toString(Math.multiplyExact(amountVnd, 100L));
	}

	/** The đồng of a VNPay amount, or null when it is not a whole number of đồng times 100. */
	public static Long amountVnd(String vnpAmount) {
		if (vnpAmount == null || !vnpAmount.matches("\\d{1,18}")) {
			return null;
		}
		long value = Long.parseLong(vnpAmount);
		return (value % 100 == 0) ? value / 100 : null;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

package vn.dvc.portal.payment.vnpay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.dvc.portal.payment.PaymentGateway;

/**
 * The VNPay payment API, version 2.1.0, as its merchant documentation gives it: the payment URL
 * with {@code vnp_*} parameters signed by HMAC-SHA512, the IPN and return parameters checked the
 * same way, and the {@code querydr} and {@code refund} commands of the merchant API, whose
 * signatures join their fields with {@code |}.
 */
public class VnpayGateway implements PaymentGateway {

	private static final Logger log = LoggerFactory.getLogger(VnpayGateway.class);

	/** VNPay's response code of a payment the customer cancelled. */
	static final String CANCELLED_BY_CUSTOMER = "24";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String tmnCode;

	private final String hashSecret;

	private final URI payUrl;

	private final URI apiUrl;

	private final Duration timeout;

	private final Clock clock;

	private final HttpClient http;

	public VnpayGateway(String tmnCode, String hashSecret, URI payUrl, URI apiUrl, Duration timeout, Clock clock) {
		if (tmnCode == null || tmnCode.isBlank() || hashSecret == null || hashSecret.isBlank() || payUrl == null
				|| apiUrl == null) {
			throw new IllegalArgumentException("VNPay needs a terminal code, a secret, a payment and an API address");
		}
		this.tmnCode = tmnCode;
		this.hashSecret = hashSecret;
		this.payUrl = payUrl;
		this.apiUrl = apiUrl;
		this.timeout = timeout;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public URI initiate(Charge charge) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("vnp_Version", VnpayProtocol.VERSION);
		parameters.put("vnp_Command", "pay");
		parameters.put("vnp_TmnCode", this.tmnCode);
		parameters.put("vnp_Amount", VnpayProtocol.amount(charge.amountVnd()));
		parameters.put("vnp_CurrCode", "VND");
		parameters.put("vnp_TxnRef", charge.txnRef());
		parameters.put("vnp_OrderInfo", VnpayProtocol.plainText(charge.orderInfo(), 255));
		parameters.put("vnp_OrderType", "other");
		parameters.put("vnp_Locale", "vn");
		parameters.put("vnp_ReturnUrl", charge.returnUrl().toString());
		parameters.put("vnp_IpAddr", charge.clientIp());
		parameters.put("vnp_CreateDate", VnpayProtocol.date(charge.createdAt()));
		parameters.put("vnp_ExpireDate", VnpayProtocol.date(charge.expiresAt()));
		return URI.create(this.payUrl + "?" + VnpayProtocol.query(VnpayProtocol.signed(this.hashSecret, parameters)));
	}

	@Override
	public Callback verifyCallback(Map<String, String> parameters) {
		String txnRef = parameters.get("vnp_TxnRef");
		boolean valid = VnpayProtocol.verify(this.hashSecret, parameters)
				&& this.tmnCode.equals(parameters.get("vnp_TmnCode"));
		String responseCode = parameters.get("vnp_ResponseCode");
		Outcome outcome = ("00".equals(responseCode) && "00".equals(parameters.get("vnp_TransactionStatus")))
				? Outcome.PAID : CANCELLED_BY_CUSTOMER.equals(responseCode) ? Outcome.CANCELLED : Outcome.FAILED;
		return new Callback(valid, txnRef, VnpayProtocol.amountVnd(parameters.get("vnp_Amount")), outcome,
				parameters.get("vnp_TransactionNo"), responseCode);
	}

	@Override
	public Status query(String txnRef, String orderInfo, Instant createdAt, String clientIp) {
		String requestId = requestId();
		String now = VnpayProtocol.date(this.clock.instant());
		String info = VnpayProtocol.plainText(orderInfo, 255);
		Map<String, String> body = new LinkedHashMap<>();
		body.put("vnp_RequestId", requestId);
		body.put("vnp_Version", VnpayProtocol.VERSION);
		body.put("vnp_Command", "querydr");
		body.put("vnp_TmnCode", this.tmnCode);
		body.put("vnp_TxnRef", txnRef);
		body.put("vnp_OrderInfo", info);
		body.put("vnp_TransactionDate", VnpayProtocol.date(createdAt));
		body.put("vnp_CreateDate", now);
		body.put("vnp_IpAddr", clientIp);
		body.put(VnpayProtocol.SECURE_HASH, VnpayProtocol.hmac(this.hashSecret, String.join("|", requestId,
				VnpayProtocol.VERSION, "querydr", this.tmnCode, txnRef, VnpayProtocol.date(createdAt), now, clientIp,
				info)));
		Map<String, String> answer = post(body);
		if (answer == null || !answerSigned(answer)) {
			return new Status(Outcome.PENDING, null, null, null);
		}
		String responseCode = answer.get("vnp_ResponseCode");
		if ("91".equals(responseCode)) {
			return new Status(Outcome.NOT_FOUND, null, null, responseCode);
		}
		if (!"00".equals(responseCode)) {
			return new Status(Outcome.PENDING, null, null, responseCode);
		}
		String status = answer.get("vnp_TransactionStatus");
		Outcome outcome = switch (String.valueOf(status)) {
			case "00" -> Outcome.PAID;
			case "01" -> Outcome.PENDING;
			case "02" -> CANCELLED_BY_CUSTOMER.equals(answer.get("vnp_ResponseCode")) ? Outcome.CANCELLED : Outcome.FAILED;
			default -> Outcome.FAILED;
		};
		return new Status(outcome, VnpayProtocol.amountVnd(answer.get("vnp_Amount")), answer.get("vnp_TransactionNo"),
				status);
	}

	@Override
	public Refund refund(String txnRef, long amountVnd, String gatewayTxnNo, Instant createdAt, String requestedBy,
			String clientIp) {
		String requestId = requestId();
		String now = VnpayProtocol.date(this.clock.instant());
		String info = "Hoan tien giao dich " + txnRef;
		Map<String, String> body = new LinkedHashMap<>();
		body.put("vnp_RequestId", requestId);
		body.put("vnp_Version", VnpayProtocol.VERSION);
		body.put("vnp_Command", "refund");
		body.put("vnp_TmnCode", this.tmnCode);
		body.put("vnp_TransactionType", "02");
		body.put("vnp_TxnRef", txnRef);
		body.put("vnp_Amount", VnpayProtocol.amount(amountVnd));
		body.put("vnp_TransactionNo", (gatewayTxnNo == null) ? "" : gatewayTxnNo);
		body.put("vnp_TransactionDate", VnpayProtocol.date(createdAt));
		body.put("vnp_CreateBy", requestedBy);
		body.put("vnp_CreateDate", now);
		body.put("vnp_IpAddr", clientIp);
		body.put("vnp_OrderInfo", info);
		body.put(VnpayProtocol.SECURE_HASH, VnpayProtocol.hmac(this.hashSecret, String.join("|", requestId,
				VnpayProtocol.VERSION, "refund", this.tmnCode, "02", txnRef, VnpayProtocol.amount(amountVnd),
				body.get("vnp_TransactionNo"), VnpayProtocol.date(createdAt), requestedBy, now, clientIp, info)));
		Map<String, String> answer = post(body);
		boolean accepted = answer != null && answerSigned(answer) && "00".equals(answer.get("vnp_ResponseCode"));
		return new Refund(accepted, (answer != null) ? answer.get("vnp_ResponseCode") : null);
	}

	/** The merchant API signs its answers over its fields joined with {@code |}, in this order. */
	private boolean answerSigned(Map<String, String> answer) {
		String given = answer.get(VnpayProtocol.SECURE_HASH);
		if (given == null) {
			return false;
		}
		String data = String.join("|", field(answer, "vnp_ResponseId"), field(answer, "vnp_Command"),
				field(answer, "vnp_ResponseCode"), field(answer, "vnp_Message"), field(answer, "vnp_TmnCode"),
				field(answer, "vnp_TxnRef"), field(answer, "vnp_Amount"), field(answer, "vnp_BankCode"),
				field(answer, "vnp_PayDate"), field(answer, "vnp_TransactionNo"), field(answer, "vnp_TransactionType"),
				field(answer, "vnp_TransactionStatus"), field(answer, "vnp_OrderInfo"), field(answer, "vnp_PromotionCode"),
				field(answer, "vnp_PromotionAmount"));
		boolean signed = VnpayProtocol.sameInConstantTime(VnpayProtocol.hmac(this.hashSecret, data),
				given.toLowerCase(java.util.Locale.ROOT));
		if (!signed) {
			log.warn("VNPay answer to {} with a wrong signature ignored", answer.get("vnp_Command"));
		}
		return signed;
	}

	private static String field(Map<String, String> answer, String name) {
		String value = answer.get(name);
		return (value == null) ? "" : value;
	}

	private Map<String, String> post(Map<String, String> body) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.apiUrl)
				.timeout(this.timeout)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				log.warn("VNPay merchant API answered HTTP {}", response.statusCode());
				return null;
			}
			Map<String, Object> raw = JSON.readValue(response.body(), Map.class);
			Map<String, String> answer = new LinkedHashMap<>();
			raw.forEach((key, value) -> answer.put(key, (value == null) ? null : String.valueOf(value)));
			return answer;
		}
		catch (IOException | JacksonException ex) {
			log.warn("VNPay merchant API not reached: {}", ex.toString());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String requestId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}

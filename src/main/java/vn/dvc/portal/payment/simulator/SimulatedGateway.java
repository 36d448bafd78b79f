package vn.dvc.portal.payment.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.dvc.portal.payment.vnpay.VnpayProtocol;
import vn.dvc.portal.shared.Dong;

/**
 * A test payment gateway that speaks VNPay 2.1.0, as a real HTTP server on 127.0.0.1 of its own: it
 * checks the signed payment URL, shows a page where one pays or cancels, calls the portal's IPN
 * with signed parameters, sends the browser back to the return URL signed the same way, and
 * answers {@code querydr} and {@code refund}. No money moves; its page says so. The default run
 * starts it when no real gateway is configured, never in {@code prod}; the tests drive it.
 */
public class SimulatedGateway implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SimulatedGateway.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static final String TMN_CODE = "DVCTEST1";

	/** When the gateway calls the IPN. */
	public enum Callbacks {

		/** Before the browser is sent back, as VNPay usually does. */
		IMMEDIATE,
		/** Not until the test calls {@link #deliverHeld}: the return comes first, or no IPN at all. */
		HELD

	}

	/** A payment the gateway has seen: what was asked and, once decided, what it answered. */
	private record Transaction(Map<String, String> request, Map<String, String> result) {
	}

	private final String secret;

	private final Clock clock;

	private final HttpServer server;

	private final ExecutorService executor;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();

	private final Map<String, String> ipnAnswers = new ConcurrentHashMap<>();

	private volatile Callbacks callbacks = Callbacks.IMMEDIATE;

	private volatile URI ipnUrl;

	public SimulatedGateway(String secret, int port, Clock clock) throws IOException {
		this.secret = secret;
		this.clock = clock;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		this.executor = Executors.newFixedThreadPool(4);
		this.server.setExecutor(this.executor);
		this.server.createContext("/paymentv2/vpcpay.html", this::paymentPage);
		this.server.createContext("/paymentv2/decide", this::decide);
		this.server.createContext("/merchant_webapi/api/transaction", this::merchantApi);
		this.server.start();
		log.warn("TEST payment gateway (simulated VNPay, no real money) listening on {}", base());
	}

	/** The terminal's secret, made at random for each start of the test gateway. */
	public String secret() {
		return this.secret;
	}

	public URI base() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	public URI payUrl() {
		return base().resolve("/paymentv2/vpcpay.html");
	}

	public URI apiUrl() {
		return base().resolve("/merchant_webapi/api/transaction");
	}

	/** Where the IPN goes: the portal's address, known once its web server has started. */
	public void ipnUrl(URI ipnUrl) {
		this.ipnUrl = ipnUrl;
	}

	public void callbacks(Callbacks callbacks) {
		this.callbacks = callbacks;
	}

	/** The signed parameters of the transaction's result (IPN and return alike), once decided. */
	public Optional<Map<String, String>> result(String txnRef) {
		return Optional.ofNullable(this.transactions.get(txnRef)).map(Transaction::result).map(Map::copyOf);
	}

	/** The last answer the portal gave to an IPN of the transaction. */
	public Optional<String> ipnAnswer(String txnRef) {
		return Optional.ofNullable(this.ipnAnswers.get(txnRef));
	}

	/** Sends the held IPN of a decided transaction and returns the portal's answer. */
	public String deliverHeld(String txnRef) {
		return callIpn(result(txnRef).orElseThrow(() -> new IllegalStateException("Not decided: " + txnRef)));
	}

	/** Signs parameters with the terminal's secret, as the gateway does. */
	public Map<String, String> sign(Map<String, String> parameters) {
		return VnpayProtocol.signed(this.secret, parameters);
	}

	/** Calls the portal's IPN with these parameters exactly, and returns its answer. */
	public String callIpn(Map<String, String> parameters) {
		URI target = URI.create(this.ipnUrl + "?" + VnpayProtocol.query(parameters));
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(target)
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String answer = response.body();
			String txnRef = parameters.get("vnp_TxnRef");
			if (txnRef != null) {
				this.ipnAnswers.put(txnRef, answer);
			}
			return answer;
		}
		catch (IOException ex) {
			throw new IllegalStateException("IPN not delivered", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void paymentPage(HttpExchange exchange) throws IOException {
		Map<String, String> request = parameters(exchange.getRequestURI().getRawQuery());
		if (!VnpayProtocol.verify(this.secret, request) || !TMN_CODE.equals(request.get("vnp_TmnCode"))) {
			html(exchange, 400, page("Sai chữ ký (mã lỗi 97)", "<p>Yêu cầu thanh toán không đúng chữ ký.</p>"));
			return;
		}
		String txnRef = request.get("vnp_TxnRef");
		this.transactions.putIfAbsent(txnRef, new Transaction(request, null));
		Long amount = VnpayProtocol.amountVnd(request.get("vnp_Amount"));
		String body = "<dl><dt>Đơn vị</dt><dd>" + TMN_CODE + "</dd><dt>Mã giao dịch</dt><dd>" + escape(txnRef)
				+ "</dd><dt>Nội dung</dt><dd>" + escape(request.get("vnp_OrderInfo")) + "</dd><dt>Số tiền</dt><dd id=\"amount\">"
				+ Dong.format(amount) + " VND</dd></dl>"
				+ "<form method=\"post\" action=\"/paymentv2/decide\"><input type=\"hidden\" name=\"txn\" value=\""
				+ escape(txnRef) + "\"><button name=\"action\" value=\"pay\">Thanh toán (thử nghiệm)</button> "
				+ "<button name=\"action\" value=\"cancel\">Hủy thanh toán</button></form>";
		html(exchange, 200, page("Thanh toán đơn hàng", body));
	}

	private void decide(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			html(exchange, 405, page("Không hỗ trợ", ""));
			return;
		}
		Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		Transaction transaction = this.transactions.get(form.get("txn"));
		if (transaction == null || transaction.result() != null) {
			html(exchange, 400, page("Giao dịch không hợp lệ", "<p>Giao dịch không tồn tại hoặc đã xử lý.</p>"));
			return;
		}
		boolean pay = "pay".equals(form.get("action"));
		Map<String, String> request = transaction.request();
		Map<String, String> result = new LinkedHashMap<>();
		result.put("vnp_Amount", request.get("vnp_Amount"));
		result.put("vnp_BankCode", "NCB");
		if (pay) {
			result.put("vnp_BankTranNo", "VNP" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
			result.put("vnp_CardType", "ATM");
		}
		result.put("vnp_OrderInfo", request.get("vnp_OrderInfo"));
		result.put("vnp_PayDate", VnpayProtocol.date(this.clock.instant()));
		result.put("vnp_ResponseCode", pay ? "00" : "24");
		result.put("vnp_TmnCode", TMN_CODE);
		result.put("vnp_TransactionNo", pay ? String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)) : "0");
		result.put("vnp_TransactionStatus", pay ? "00" : "02");
		result.put("vnp_TxnRef", request.get("vnp_TxnRef"));
		Map<String, String> signed = sign(result);
		this.transactions.put(form.get("txn"), new Transaction(request, signed));
		if (this.callbacks == Callbacks.IMMEDIATE) {
			callIpn(signed);
		}
		exchange.getResponseHeaders().add("Location", request.get("vnp_ReturnUrl") + "?" + VnpayProtocol.query(signed));
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	/** The merchant API: {@code querydr} and {@code refund}, JSON in and out, signed with {@code |}. */
	private void merchantApi(HttpExchange exchange) throws IOException {
		Map<String, Object> raw;
		try (InputStream in = exchange.getRequestBody()) {
			raw = JSON.readValue(in.readAllBytes(), Map.class);
		}
		Map<String, String> request = new LinkedHashMap<>();
		raw.forEach((key, value) -> request.put(key, String.valueOf(value)));
		String command = request.get("vnp_Command");
		String expected = "querydr".equals(command)
				? VnpayProtocol.hmac(this.secret, String.join("|", request.get("vnp_RequestId"), request.get("vnp_Version"),
						command, request.get("vnp_TmnCode"), request.get("vnp_TxnRef"), request.get("vnp_TransactionDate"),
						request.get("vnp_CreateDate"), request.get("vnp_IpAddr"), request.get("vnp_OrderInfo")))
				: VnpayProtocol.hmac(this.secret, String.join("|", request.get("vnp_RequestId"), request.get("vnp_Version"),
						command, request.get("vnp_TmnCode"), request.get("vnp_TransactionType"), request.get("vnp_TxnRef"),
						request.get("vnp_Amount"), request.get("vnp_TransactionNo"), request.get("vnp_TransactionDate"),
						request.get("vnp_CreateBy"), request.get("vnp_CreateDate"), request.get("vnp_IpAddr"),
						request.get("vnp_OrderInfo")));
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("vnp_ResponseId", request.get("vnp_RequestId"));
		answer.put("vnp_Command", command);
		answer.put("vnp_TmnCode", TMN_CODE);
		answer.put("vnp_TxnRef", request.get("vnp_TxnRef"));
		Transaction transaction = this.transactions.get(request.get("vnp_TxnRef"));
		if (!VnpayProtocol.sameInConstantTime(expected, String.valueOf(request.get(VnpayProtocol.SECURE_HASH)))) {
			answer.put("vnp_ResponseCode", "97");
			answer.put("vnp_Message", "Invalid Checksum");
		}
		else if (transaction == null) {
			answer.put("vnp_ResponseCode", "91");
			answer.put("vnp_Message", "Transaction not found");
		}
		else {
			Map<String, String> result = transaction.result();
			answer.put("vnp_ResponseCode", "00");
			answer.put("vnp_Message", "refund".equals(command) ? "Refund success" : "QueryDR Success");
			answer.put("vnp_Amount", transaction.request().get("vnp_Amount"));
			answer.put("vnp_BankCode", "NCB");
			answer.put("vnp_PayDate", (result != null) ? result.get("vnp_PayDate") : "");
			answer.put("vnp_TransactionNo", (result != null) ? result.get("vnp_TransactionNo") : "");
			answer.put("vnp_TransactionType", "refund".equals(command) ? "02" : "01");
			answer.put("vnp_TransactionStatus", (result == null) ? "01" : result.get("vnp_TransactionStatus"));
			answer.put("vnp_OrderInfo", transaction.request().get("vnp_OrderInfo"));
			answer.put("vnp_PromotionCode", "");
			answer.put("vnp_PromotionAmount", "");
		}
		String data = String.join("|", value(answer, "vnp_ResponseId"), value(answer, "vnp_Command"),
				value(answer, "vnp_ResponseCode"), value(answer, "vnp_Message"), value(answer, "vnp_TmnCode"),
				value(answer, "vnp_TxnRef"), value(answer, "vnp_Amount"), value(answer, "vnp_BankCode"),
				value(answer, "vnp_PayDate"), value(answer, "vnp_TransactionNo"), value(answer, "vnp_TransactionType"),
				value(answer, "vnp_TransactionStatus"), value(answer, "vnp_OrderInfo"), value(answer, "vnp_PromotionCode"),
				value(answer, "vnp_PromotionAmount"));
		answer.put(VnpayProtocol.SECURE_HASH, VnpayProtocol.hmac(this.secret, data));
		byte[] body = JSON.writeValueAsBytes(answer);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String value(Map<String, String> answer, String name) {
		String value = answer.get(name);
		return (value == null) ? "" : value;
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
				+ " - Cổng thanh toán THỬ NGHIỆM</title></head><body>"
				+ "<p role=\"alert\" style=\"background:#b00020;color:#fff;padding:1em;font-weight:bold\">"
				+ "CỔNG THANH TOÁN THỬ NGHIỆM: mô phỏng VNPay để kiểm thử, không phải VNPay, không có tiền thật.</p>"
				+ "<h1>" + title + "</h1>" + body + "</body></html>";
	}

	private static void html(HttpExchange exchange, int status, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String escape(String text) {
		return (text == null) ? "" : HtmlUtils.htmlEscape(text);
	}

	private static Map<String, String> parameters(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.put(name, value);
		}
		return parameters;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}

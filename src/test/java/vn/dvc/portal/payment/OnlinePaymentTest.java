package vn.dvc.portal.payment;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.payment.simulator.SimulatedGateway;
import vn.dvc.portal.payment.vnpay.VnpayProtocol;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.FeeProcedure;
import vn.dvc.portal.support.HttpPortalTest;
import vn.dvc.portal.support.OnlineDossiers;
import vn.dvc.portal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying a dossier's fee over real HTTP: the citizen's browser (a cookie-keeping client) goes from
 * the portal to the simulated VNPay gateway, a real HTTP server that signs its callbacks, and back;
 * the gateway calls the portal's IPN as VNPay does. Callbacks that must change nothing are sent to
 * the IPN by the gateway's client, tampered or replayed.
 */
@HttpPortalTest
class OnlinePaymentTest {

	static final String PASSWORD = "mot cau mat khau dai";

	static final Pattern PAY_FORM = Pattern.compile("action=\"(/my/dossiers/[0-9a-f-]+/payments/[0-9a-f-]+)\"");

	static final Pattern GATEWAY_LINK = Pattern.compile("id=\"gateway-link\" href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SimulatedGateway gateway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PendingPaymentQueries queries;

	@Autowired
	Payments payments;

	/** The payer's browser at the gateway: no cookies of the portal, redirects not followed. */
	final HttpClient browserAtGateway = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	PortalUser citizen;

	PortalHttp portal;

	DossierForms.Filed dossier;

	@BeforeEach
	void fileADossierWithAFee() {
		this.citizen = TestAccounts.activeCitizen(this.context, "Nguyễn Văn An", null);
		CitizenDossiers dossiers = this.context.getBean(CitizenDossiers.class);
		this.dossier = OnlineDossiers.submit(dossiers, this.citizen, FeeProcedure.of(this.context),
				OnlineDossiers.ownContent(dossiers, this.citizen, "0912345678", "Đề nghị phê duyệt điều lệ hội"));
		this.portal = new PortalHttp(this.port).login(this.citizen.getUsername(), PASSWORD);
	}

	@AfterEach
	void gatewayCallsBackAtOnceAgain() {
		this.gateway.callbacks(SimulatedGateway.Callbacks.IMMEDIATE);
	}

	@Test
	void theFeeIsPaidTheIpnArrivesBeforeTheReturnAndTheReceiptIsInTheDocumentStore() throws Exception {
		assertThat(order("status")).isEqualTo("PENDING");
		assertThat(order("amount_vnd")).isEqualTo(String.valueOf(FeeProcedure.FEE_VND));

		String txnRef = checkoutAndDecide("pay");

		assertThat(this.gateway.ipnAnswer(txnRef)).contains("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
		assertThat(order("status")).isEqualTo("PAID");
		assertThat(attempt(txnRef, "status")).isEqualTo("PAID");
		PortalHttp.Answer back = this.portal.get(returnPath(txnRef));
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.body()).contains("Thanh toán thành công");
		assertThat(this.jdbc.queryForObject("select count(*) from personal_document where kind = 'RECEIPT' "
				+ "and source_dossier_code = ? and owner_id_number = ?", Integer.class, this.dossier.code(),
				this.citizen.getUsername())).isEqualTo(1);
		PortalHttp.Answer store = this.portal.get("/my/documents");
		assertThat(store.body()).contains("Biên lai điện tử", order("receipt_number"));
		String receipt = receiptText(UUID.fromString(order("receipt_document_id")));
		assertThat(receipt).contains(order("receipt_number"), "Nguyễn Văn An", "150.000 đồng",
				"Một trăm năm mươi nghìn đồng", this.dossier.code(), "Phê duyệt điều lệ hội");
		PortalHttp.Answer page = this.portal.get("/my/dossiers/" + this.dossier.id());
		assertThat(page.body()).contains("Đã thanh toán").doesNotContain("Thanh toán trực tuyến</button>");
	}

	@Test
	void aPaymentCancelledAtTheGatewayLeavesTheFeeUnpaidAndCanBePaidAgain() throws Exception {
		String cancelled = checkoutAndDecide("cancel");

		assertThat(this.gateway.ipnAnswer(cancelled)).contains("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
		assertThat(attempt(cancelled, "status")).isEqualTo("CANCELLED");
		assertThat(this.portal.get(returnPath(cancelled)).body()).contains("Bạn đã hủy thanh toán");
		assertThat(this.jdbc.queryForObject("select count(*) from payment_order where dossier_id = ? and status = 'PAID'",
				Integer.class, this.dossier.id())).isZero();

		String paid = checkoutAndDecide("pay");

		assertThat(attempt(paid, "status")).isEqualTo("PAID");
		assertThat(this.jdbc.queryForList("select status from payment_order where dossier_id = ? order by created_at",
				String.class, this.dossier.id())).containsExactly("CANCELLED", "PAID");
	}

	@Test
	void callbacksWithABadSignatureAChangedAmountAnUnknownReferenceOrReplayedChangeNothing() throws Exception {
		this.gateway.callbacks(SimulatedGateway.Callbacks.HELD);
		String txnRef = checkoutAndDecide("pay");
		Map<String, String> genuine = this.gateway.result(txnRef).orElseThrow();

		Map<String, String> badSignature = new LinkedHashMap<>(genuine);
		String hash = genuine.get(VnpayProtocol.SECURE_HASH);
		badSignature.put(VnpayProtocol.SECURE_HASH, (hash.charAt(0) == 'a' ? 'b' : 'a') + hash.substring(1));
		Map<String, String> unsigned = new LinkedHashMap<>(genuine);
		unsigned.remove(VnpayProtocol.SECURE_HASH);
		Map<String, String> amountChangedUnsigned = new LinkedHashMap<>(genuine);
		amountChangedUnsigned.put("vnp_Amount", "100");
		Map<String, String> amountChanged = new LinkedHashMap<>(genuine);
		amountChanged.put("vnp_Amount", VnpayProtocol.amount(FeeProcedure.FEE_VND - 1));
		Map<String, String> unknown = new LinkedHashMap<>(genuine);
		unknown.put("vnp_TxnRef", "UNKNOWN0000000000000");

		assertThat(this.gateway.callIpn(badSignature)).contains("\"RspCode\":\"97\"");
		assertThat(this.gateway.callIpn(unsigned)).contains("\"RspCode\":\"97\"");
		assertThat(this.gateway.callIpn(amountChangedUnsigned)).contains("\"RspCode\":\"97\"");
		assertThat(this.gateway.callIpn(this.gateway.sign(amountChanged))).contains("\"RspCode\":\"04\"");
		assertThat(this.gateway.callIpn(this.gateway.sign(unknown))).contains("\"RspCode\":\"01\"");
		assertThat(order("status")).isEqualTo("PENDING");
		assertThat(attempt(txnRef, "status")).isEqualTo("PENDING");

		assertThat(this.gateway.deliverHeld(txnRef)).isEqualTo("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
		String receipt = order("receipt_number");
		assertThat(this.gateway.deliverHeld(txnRef)).isEqualTo("{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}");
		assertThat(this.gateway.callIpn(this.gateway.sign(amountChanged))).contains("\"RspCode\":\"04\"");

		assertThat(order("status")).isEqualTo("PAID");
		assertThat(order("receipt_number")).isEqualTo(receipt);
		assertThat(receipts()).isEqualTo(1);
	}

	@Test
	void theReturnBeforeTheIpnOnlyShowsThatThePaymentWaitsForConfirmation() throws Exception {
		this.gateway.callbacks(SimulatedGateway.Callbacks.HELD);
		String txnRef = checkoutAndDecide("pay");

		PortalHttp.Answer early = this.portal.get(returnPath(txnRef));
		assertThat(early.body()).contains("Đang chờ cổng thanh toán xác nhận");
		assertThat(order("status")).isEqualTo("PENDING");
		assertThat(attempt(txnRef, "status")).isEqualTo("PENDING");

		assertThat(this.gateway.deliverHeld(txnRef)).contains("\"RspCode\":\"00\"");
		assertThat(order("status")).isEqualTo("PAID");
		assertThat(this.portal.get(returnPath(txnRef)).body()).contains("Thanh toán thành công");
	}

	@Test
	void aReturnWithABadSignatureShowsThatTheTransactionIsUnknown() throws Exception {
		this.gateway.callbacks(SimulatedGateway.Callbacks.HELD);
		String txnRef = checkoutAndDecide("pay");
		Map<String, String> forged = new LinkedHashMap<>(this.gateway.result(txnRef).orElseThrow());
		forged.put("vnp_Amount", "100");

		PortalHttp.Answer answer = this.portal.get("/payments/vnpay/return?" + VnpayProtocol.query(forged));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("không hợp lệ");
		assertThat(order("status")).isEqualTo("PENDING");
	}

	@Test
	void twoConfirmationsAtOnceSettleThePaymentOnce() throws Exception {
		this.gateway.callbacks(SimulatedGateway.Callbacks.HELD);
		String txnRef = checkoutAndDecide("pay");
		int callers = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return this.gateway.deliverHeld(txnRef);
				}));
			}
			start.countDown();
			List<String> codes = new ArrayList<>();
			for (Future<String> answer : answers) {
				codes.add(answer.get().replaceAll(".*\"RspCode\":\"(\\d+)\".*", "$1"));
			}
			assertThat(codes).containsOnlyOnce("00").containsOnly("00", "02");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(order("status")).isEqualTo("PAID");
		assertThat(receipts()).isEqualTo(1);
	}

	@Test
	void theQueryJobSettlesAnAttemptWhoseIpnNeverCame() throws Exception {
		this.gateway.callbacks(SimulatedGateway.Callbacks.HELD);
		String txnRef = checkoutAndDecide("pay");
		assertThat(this.queries.settlePending(Instant.now())).as("not 15 minutes old yet").isZero();
		assertThat(order("status")).isEqualTo("PENDING");

		int settled = this.queries.settlePending(Instant.now().plus(Duration.ofMinutes(16)));

		// Attempts other tests left pending are queried too; this one is among those settled.
		assertThat(settled).isPositive();
		assertThat(attempt(txnRef, "status")).isEqualTo("PAID");
		assertThat(order("status")).isEqualTo("PAID");
		assertThat(receipts()).isEqualTo(1);
		assertThat(this.gateway.deliverHeld(txnRef)).as("the late IPN").contains("\"RspCode\":\"02\"");
	}

	@Test
	void anExpiredOrderCannotBePaidAndALatePaymentIsNotTakenForIt() throws Exception {
		this.gateway.callbacks(SimulatedGateway.Callbacks.HELD);
		String payPath = payForm();
		String gatewayUrl = continueToGateway(payPath);
		String txnRef = showGatewayPage(gatewayUrl);
		// The payer leaves the gateway's page open: its attempt expires, then its order.
		Instant later = Instant.now().plus(Duration.ofDays(8));
		this.queries.settlePending(later);
		assertThat(attempt(txnRef, "status")).isEqualTo("EXPIRED");
		assertThat(order("status")).isEqualTo("EXPIRED");

		decide(txnRef, "pay");
		assertThat(this.gateway.deliverHeld(txnRef)).contains("\"RspCode\":\"02\"");
		assertThat(order("status")).isEqualTo("EXPIRED");

		PortalHttp.Answer refused = this.portal.post(payPath, Map.of());
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.header("location")).endsWith("/my/dossiers/" + this.dossier.id());
		assertThat(this.portal.get("/my/dossiers/" + this.dossier.id()).body()).contains("đã hết hạn");
		assertThat(receipts()).isZero();
	}

	@Test
	void anotherCitizenCannotPayOrSeeTheOrder() {
		String payPath = payForm();
		PortalUser stranger = TestAccounts.activeCitizen(this.context, "Lê Thị Cúc", null);
		PortalHttp other = new PortalHttp(this.port).login(stranger.getUsername(), PASSWORD);

		assertThat(other.post(payPath, Map.of()).status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from payment_attempt a join payment_order o on o.id = a.order_id "
				+ "where o.dossier_id = ?", Integer.class, this.dossier.id())).isZero();
	}

	// --- the browser's steps

	/** Pays from the dossier page up to the gateway's decision; returns the transaction reference. */
	String checkoutAndDecide(String action) throws Exception {
		String txnRef = showGatewayPage(continueToGateway(payForm()));
		HttpResponse<String> decided = decide(txnRef, action);
		assertThat(decided.statusCode()).isEqualTo(302);
		String location = decided.headers().firstValue("location").orElseThrow();
		assertThat(location).startsWith("http://localhost:" + this.port + "/payments/vnpay/return?");
		this.lastReturn = location.substring(("http://localhost:" + this.port).length());
		return txnRef;
	}

	String lastReturn;

	String returnPath(String txnRef) {
		return this.lastReturn;
	}

	String payForm() {
		PortalHttp.Answer page = this.portal.get("/my/dossiers/" + this.dossier.id());
		assertThat(page.status()).isEqualTo(200);
		Matcher form = PAY_FORM.matcher(page.body());
		assertThat(form.find()).as("a pay button on the dossier page").isTrue();
		return form.group(1);
	}

	String continueToGateway(String payPath) {
		PortalHttp.Answer posted = this.portal.post(payPath, Map.of());
		assertThat(posted.status()).isEqualTo(302);
		PortalHttp.Answer next = this.portal.get(posted.header("location").replaceFirst("^https?://[^/]+", ""));
		assertThat(next.body()).contains("THỬ NGHIỆM");
		Matcher link = GATEWAY_LINK.matcher(next.body());
		assertThat(link.find()).isTrue();
		return HtmlUtils.htmlUnescape(link.group(1));
	}

	String showGatewayPage(String gatewayUrl) throws Exception {
		assertThat(gatewayUrl).startsWith(this.gateway.payUrl().toString());
		HttpResponse<String> page = this.browserAtGateway.send(HttpRequest.newBuilder(URI.create(gatewayUrl)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("150.000 VND", "THỬ NGHIỆM");
		Matcher txn = Pattern.compile("name=\"txn\" value=\"([A-Z0-9]+)\"").matcher(page.body());
		assertThat(txn.find()).isTrue();
		assertThat(txn.group(1)).hasSizeLessThanOrEqualTo(20);
		return txn.group(1);
	}

	HttpResponse<String> decide(String txnRef, String action) throws Exception {
		String form = "txn=" + URLEncoder.encode(txnRef, StandardCharsets.UTF_8) + "&action=" + action;
		return this.browserAtGateway.send(HttpRequest.newBuilder(this.gateway.base().resolve("/paymentv2/decide"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	// --- what the database holds

	/** A column of the dossier's latest order. */
	String order(String column) {
		return this.jdbc.queryForObject("select " + column + "::text from payment_order where dossier_id = ? "
				+ "order by created_at desc limit 1", String.class, this.dossier.id());
	}

	String attempt(String txnRef, String column) {
		return this.jdbc.queryForObject("select " + column + "::text from payment_attempt where txn_ref = ?",
				String.class, txnRef);
	}

	int receipts() {
		return this.jdbc.queryForObject("select count(*) from personal_document where kind = 'RECEIPT' "
				+ "and source_dossier_code = ?", Integer.class, this.dossier.code());
	}

	/** The receipt's text, read back from the PDF in the citizen's store. */
	String receiptText(UUID documentId) throws Exception {
		var content = this.context.getBean(vn.dvc.portal.documents.DocumentStore.class)
			.openFor(this.citizen.getUsername(), documentId)
			.orElseThrow();
		try (var in = content.resource().getInputStream()) {
			com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(in);
			String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
			reader.close();
			return text;
		}
	}

}

package vn.dvc.portal.payment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.shared.PortalTime;
import vn.dvc.portal.support.DeskActions;
import vn.dvc.portal.support.DossierForms;
import vn.dvc.portal.support.FeeProcedure;
import vn.dvc.portal.support.HttpPortalTest;
import vn.dvc.portal.support.OnlineDossiers;
import vn.dvc.portal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer asks for a payment while processing (national status 6): the dossier waits with its
 * clock stopped, the citizen is told through the outbox, a payment at the counter settles it and the
 * clock starts again with the due date moved by the working days spent waiting. Over real HTTP.
 */
@HttpPortalTest
class DeskPaymentRequestTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Payments payments;

	PortalUser citizen;

	DossierForms.Filed dossier;

	PortalHttp officer;

	@BeforeEach
	void aReceivedDossierWithAFee() {
		this.citizen = TestAccounts.activeCitizen(this.context, "Phạm Thị Dung", null);
		CitizenDossiers dossiers = this.context.getBean(CitizenDossiers.class);
		this.dossier = OnlineDossiers.submit(dossiers, this.citizen, FeeProcedure.of(this.context),
				OnlineDossiers.ownContent(dossiers, this.citizen, "0987001122", "Đề nghị phê duyệt điều lệ hội"));
		this.officer = new PortalHttp(this.port).login(FeeProcedure.OFFICER, "demo12345");
		PortalHttp.Answer received = this.officer.post("/desk/dossiers/" + this.dossier.id() + "/receive",
				Map.of("version", version(), "identityChecked", "true"));
		assertThat(received.status()).isEqualTo(302);
		assertThat(this.officer.get(paths("")).body()).as("the receipt's message, read").contains("Đã tiếp nhận hồ sơ");
		assertThat(status()).isEqualTo("RECEIVED");
	}

	@Test
	void thePaymentRequestStopsTheClockAndTheCounterPaymentRestartsIt() {
		LocalDate due = dueDate();
		PortalHttp.Answer requested = this.officer.post(paths("/payment-request"),
				Map.of("version", version(), "amountVnd", "50000", "reason", "Phí thẩm định điều lệ"));
		assertThat(requested.status()).isEqualTo(302);
		assertThat(this.officer.get(paths("")).body()).contains("Đã gửi yêu cầu thực hiện nghĩa vụ tài chính");
		assertThat(status()).isEqualTo("PAYMENT_REQUESTED");
		assertThat(this.jdbc.queryForObject("select amount_vnd from payment_order where dossier_id = ? and purpose = 'REQUESTED'",
				Long.class, this.dossier.id())).isEqualTo(50_000L);
		assertThat(this.jdbc.queryForList("select body from outbox_message where channel = 'SMS' and body like ?",
				String.class, "%" + this.dossier.code() + " cho thuc hien nghia vu tai chinh%")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select to_status from dossier_transition where dossier_id = ? "
				+ "order by occurred_at desc limit 1", String.class, this.dossier.id())).isEqualTo("PAYMENT_REQUESTED");

		// The request was made a week ago: that week does not count.
		Instant requestedAt = Instant.now().minus(Duration.ofDays(7));
		this.jdbc.update("update dossier set payment_requested_at = ? where id = ?", Timestamp.from(requestedAt),
				this.dossier.id());
		int paused = this.calendar.workingDaysBetween(PortalTime.dayOf(requestedAt), LocalDate.now(PortalTime.ZONE));
		assertThat(paused).isPositive();

		UUID requestedOrder = order("REQUESTED");
		PortalHttp.Answer paid = this.officer.post(paths("/payments/" + requestedOrder + "/counter"), Map.of());
		assertThat(paid.status()).isEqualTo(302);

		assertThat(status()).isEqualTo("RECEIVED");
		assertThat(dueDate()).isEqualTo(this.calendar.addWorkingDays(due, paused)).isAfter(due);
		assertThat(this.jdbc.queryForObject("select status || '/' || paid_channel from payment_order where id = ?",
				String.class, requestedOrder)).isEqualTo("PAID/COUNTER");
		assertThat(this.jdbc.queryForObject("select count(*) from personal_document where kind = 'RECEIPT' "
				+ "and owner_id_number = ?", Integer.class, this.citizen.getUsername())).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select body from outbox_message where channel = 'SMS' and body like ?",
				String.class, "Da nhan thanh toan ho so " + this.dossier.code() + "%")).hasSize(1);
		PortalHttp.Answer citizenPage = new PortalHttp(this.port).login(this.citizen.getUsername(), "mot cau mat khau dai")
			.get("/my/dossiers/" + this.dossier.id());
		assertThat(citizenPage.body()).contains("Đã thực hiện nghĩa vụ tài chính", "Phí thẩm định điều lệ");
	}

	@Test
	void theQueueShowsWhetherADossierPaidItsFee() {
		UUID id = this.dossier.id();
		assertThat(this.payments.marks(List.of(id))).containsEntry(id, "UNPAID");
		PortalHttp.Answer queue = this.officer.get("/desk?tab=IN_PROGRESS&procedure=" + FeeProcedure.of(this.context).id().value());
		assertThat(queue.body()).contains(this.dossier.code(), "payment-mark", "Chưa thanh toán");

		assertThat(this.officer.post(paths("/payments/" + order("FEE") + "/counter"), Map.of()).status()).isEqualTo(302);

		assertThat(this.payments.marks(List.of(id))).containsEntry(id, "PAID");
		assertThat(this.officer.post(paths("/payments/" + order("FEE") + "/counter"), Map.of()).status())
			.as("a paid fee recorded again").isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from payment_order where dossier_id = ? and status = 'PAID'",
				Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aPaymentRequestWithoutAnAmountOrReasonIsRefusedInVietnamese() {
		PortalHttp.Answer letters = this.officer.post(paths("/payment-request"),
				Map.of("version", version(), "amountVnd", "năm mươi", "reason", "Phí"));
		assertThat(letters.status()).isEqualTo(400);
		assertThat(letters.body()).doesNotContain("Exception", "Whitelabel");

		this.officer.post(paths("/payment-request"), Map.of("version", version(), "amountVnd", "0", "reason", "Phí"));
		assertThat(this.officer.get(paths("")).body()).contains("Hãy nhập số tiền từ 1 đến 100.000.000 đồng.");
		this.officer.post(paths("/payment-request"), Map.of("version", version(), "amountVnd", "50000", "reason", " "));
		assertThat(this.officer.get(paths("")).body()).contains("Hãy nhập lý do của khoản thu");
		assertThat(status()).isEqualTo("RECEIVED");
	}

	@Test
	void anotherAgencysOfficerCannotAskForOrRecordAPayment() {
		PortalHttp stranger = new PortalHttp(this.port).login("canbo.songoaivu", "demo12345");

		assertThat(stranger.post(paths("/payment-request"), Map.of("version", version(), "amountVnd", "50000",
				"reason", "Phí")).status()).isEqualTo(404);
		assertThat(stranger.post(paths("/payments/" + order("FEE") + "/counter"), Map.of()).status()).isEqualTo(404);
		assertThat(status()).isEqualTo("RECEIVED");
	}

	private String paths(String tail) {
		return "/desk/dossiers/" + this.dossier.id() + tail;
	}

	private String version() {
		return DeskActions.version(this.jdbc, this.dossier.id());
	}

	private String status() {
		return this.jdbc.queryForObject("select status from dossier where id = ?", String.class, this.dossier.id());
	}

	private LocalDate dueDate() {
		return this.jdbc.queryForObject("select due_date from dossier where id = ?", LocalDate.class, this.dossier.id());
	}

	private UUID order(String purpose) {
		return this.jdbc.queryForObject("select id from payment_order where dossier_id = ? and purpose = ? "
				+ "order by created_at desc limit 1", UUID.class, this.dossier.id(), purpose);
	}

}

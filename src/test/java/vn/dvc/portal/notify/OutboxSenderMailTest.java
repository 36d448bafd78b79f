package vn.dvc.portal.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The outbox sender against a real SMTP server (GreenMail): mails go out after the registration
 * commits, and a mail server that is down delays them without losing them.
 *
 * <p>The server listens on a port chosen once for the class, not on a dynamic one, because it is
 * stopped and started again while the application keeps its mail settings; a dynamic port would
 * change on restart. The context is closed after the class so that its sender stops polling.
 */
@PortalTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OutboxSenderMailTest {

	private static final int SMTP_PORT = freePort();

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T await(String what, Supplier<Optional<T>> condition) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			Optional<T> value = condition.get();
			if (value.isPresent()) {
				return value.get();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return fail("Gave up after %s waiting for %s", PATIENCE, what);
	}

	private Optional<MimeMessage> received(String recipient) {
		return List.of(greenMail.getReceivedMessages()).stream().filter(message -> {
			try {
				return List.of(message.getRecipients(Message.RecipientType.TO))
					.contains(new InternetAddress(recipient));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst();
	}

	private Optional<Map<String, Object>> outboxRow(String recipient, String status, int minAttempts) {
		return this.jdbc
			.queryForList("select status, attempts, last_error, sent_at from outbox_message where recipient = ?",
					recipient)
			.stream()
			.filter(row -> status.equals(row.get("status")) && ((Integer) row.get("attempts")) >= minAttempts)
			.findFirst();
	}

	private void register(String email) throws Exception {
		this.mvc.perform(post("/register").with(csrf())
			.param("fullName", "Nguyễn Thị Thư Điện")
			.param("dateOfBirth", "1988-02-29")
			.param("address", "Số 5 Phan Đình Phùng, thành phố Hà Tĩnh")
			.param("idType", "CCCD")
			.param("idNumber", TestAccounts.newCccd())
			.param("password", "Thư gửi đi qua máy chủ thật")
			.param("passwordRepeat", "Thư gửi đi qua máy chủ thật")
			.param("email", email)
			.param("phone", "0912345678")).andExpect(redirectedUrl("/register/done"));
	}

	@Test
	void activationMailsReachTheServerAndSurviveItsDowntime() throws Exception {
		String email = "thu-" + UUID.randomUUID() + "@example.com";
		register(email);

		MimeMessage mail = await("the activation mail", () -> received(email));
		String subject = this.messages.getMessage("mail.activation.subject", null, Locale.forLanguageTag("vi"));
		assertThat(mail.getSubject()).isEqualTo(subject).isEqualTo("Kích hoạt tài khoản Cổng Dịch vụ công");
		String text = (String) mail.getContent();
		assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(text).startsWith("Chào Nguyễn Thị Thư Điện,")
			.contains("Cổng Dịch vụ công trực tuyến")
			.containsPattern("http://localhost:8080/activate\\?token=[A-Za-z0-9_-]{43}");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("no-reply@dichvucong.local");
		assertThat(from.getPersonal()).isEqualTo("Cổng Dịch vụ công");
		Map<String, Object> sent = await("the mail marked sent", () -> outboxRow(email, "SENT", 1));
		assertThat(sent.get("sent_at")).isNotNull();
		assertThat(sent.get("last_error")).isNull();

		greenMail.stop();
		String delayed = "cham-" + UUID.randomUUID() + "@example.com";
		register(delayed);
		Map<String, Object> waiting = await("a failed attempt", () -> outboxRow(delayed, "PENDING", 1));
		assertThat(waiting.get("last_error")).isNotNull();
		assertThat(waiting.get("sent_at")).isNull();

		greenMail.start();
		MimeMessage late = await("the delayed mail", () -> received(delayed));
		assertThat(late.getSubject()).isEqualTo(subject);
		Map<String, Object> finallySent = await("the delayed mail marked sent", () -> outboxRow(delayed, "SENT", 2));
		assertThat(finallySent.get("last_error")).isNull();
		// Stopping GreenMail emptied its mailboxes: the first mail, already sent, did not come again.
		assertThat(received(email)).as("the first mail sent again").isEmpty();
		assertThat(outboxRow(email, "SENT", 1)).hasValueSatisfying(row -> assertThat(row.get("attempts")).isEqualTo(1));
	}

}

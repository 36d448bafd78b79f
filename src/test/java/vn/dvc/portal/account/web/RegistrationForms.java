package vn.dvc.portal.account.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dvc.portal.notify.DevMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The registration form as a browser posts it, and the messages it leads to. */
final class RegistrationForms {

	static final String PASSWORD = "Hoa sen nở trên đầm lúc bình minh";

	private RegistrationForms() {
	}

	/** A mobile number that no other test uses, so that its SMS can be found. */
	static String newMobile() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/**
	 * A valid registration.
	 * @param overrides field names and values that replace the defaults, in pairs; a null value
	 * leaves the field out
	 */
	static MockHttpServletRequestBuilder register(String idNumber, String email, String phone, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", "Nguyễn Thị Đăng Ký");
		fields.put("dateOfBirth", "1990-05-17");
		fields.put("address", "Số 12 Hà Huy Tập, thành phố Hà Tĩnh");
		fields.put("idType", "CCCD");
		fields.put("idNumber", idNumber);
		fields.put("password", PASSWORD);
		fields.put("passwordRepeat", PASSWORD);
		fields.put("email", email);
		fields.put("phone", phone);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/register").with(csrf());
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	/** The newest outbox message to this recipient. */
	static DevMailbox.Entry latestTo(DevMailbox mailbox, String recipient) {
		List<DevMailbox.Entry> found = mailbox.latest()
			.stream()
			.filter(entry -> recipient.equals(entry.recipient()))
			.toList();
		assertThat(found).as("messages to %s", recipient).isNotEmpty();
		return found.get(0);
	}

	/** The token of the activation link in an e-mail. */
	static String activationToken(DevMailbox.Entry mail) {
		assertThat(mail.links()).as("links in the mail").hasSize(1);
		String link = mail.links().get(0);
		assertThat(link).contains("/activate?token=");
		return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
	}

}

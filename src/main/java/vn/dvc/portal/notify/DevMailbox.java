package vn.dvc.portal.notify;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox for the development mailbox page; never available in production. */
@Service
@Profile("!prod")
public class DevMailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/** A message as the mailbox page shows it, with its links pulled out to be clickable. */
	public record Entry(String channel, String recipient, String subject, String body, List<String> links,
			String status, int attempts, Instant createdAt, Instant sentAt) {
	}

	private final OutboxMessages messages;

	DevMailbox(OutboxMessages messages) {
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public List<Entry> latest() {
		return this.messages.findByOrderByCreatedAtDesc(PageRequest.of(0, 100))
			.stream()
			.map(message -> new Entry(message.channel().name(), message.recipient(), message.subject(),
					message.body(), links(message.body()), message.status().name(), message.attempts(),
					message.createdAt(), message.sentAt()))
			.toList();
	}

	private static List<String> links(String body) {
		Matcher matcher = LINK.matcher(body);
		List<String> links = new java.util.ArrayList<>();
		while (matcher.find()) {
			links.add(matcher.group());
		}
		return links;
	}

}

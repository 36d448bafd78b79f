package vn.dvc.portal.notify;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox sender.
 *
 * @param publicUrl the portal's address as people reach it, for links in messages
 * @param from the sender address of e-mails
 * @param pollInterval how often the outbox is read
 * @param retryBase the wait after a first failure; it doubles with each further failure
 * @param retryMax the longest wait between two attempts
 * @param maxAttempts after this many failures a message is marked failed and left for an administrator
 * @param batchSize e-mails claimed at a time by one copy of the portal
 * @param senders e-mails sent at once by one copy of the portal
 * @param claimLease how long a claimed e-mail is left to the copy that claimed it; if that copy dies,
 * another sends the e-mail after this
 */
@ConfigurationProperties("dvc.notify")
public record NotifyProperties(@DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("Cổng Dịch vụ công <no-reply@dichvucong.local>") String from,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("30s") Duration retryBase,
		@DefaultValue("10m") Duration retryMax, @DefaultValue("50") int maxAttempts,
		@DefaultValue("200") int batchSize, @DefaultValue("8") int senders, @DefaultValue("5m") Duration claimLease) {

	public String link(String pathAndQuery) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
	}

}

package vn.dvc.portal.shared.content;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node that public content changed. The change bumps the area's row in
 * {@code content_version} and sends a PostgreSQL notification, both in the transaction of the
 * change: other nodes hear it when, and only if, it commits ({@link PublicContentListener}); this
 * node drops its copies right after the commit, so the next page shows the change.
 */
@Component
public class PublicContent {

	/** The catalogue: agencies, procedures, their requirements and templates, publications. */
	public static final String CATALOG = "catalog";

	/** The calendar of public holidays, which every deadline counts with. */
	public static final String CALENDAR = "calendar";

	static final String CHANNEL = "dvc_public_content";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	PublicContent(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Whether the current transaction has changed the area: what it reads of it must come from the
	 * database, not from a copy of what has committed.
	 */
	public boolean isChangedByThisTransaction(String area) {
		return TransactionSynchronizationManager.hasResource(marker(area));
	}

	private static String marker(String area) {
		return PublicContent.class.getName() + ":" + area;
	}

	/** The current transaction changes the area; once per transaction is enough. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(String area) {
		String marker = marker(area);
		if (TransactionSynchronizationManager.hasResource(marker)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(marker, Boolean.TRUE);
		this.jdbc.update("update content_version set version = version + 1 where area = ?", area);
		this.jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, area);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(marker);
				if (status == STATUS_COMMITTED) {
					PublicContent.this.events.publishEvent(new PublicContentChanged(area));
				}
			}

		});
	}

}

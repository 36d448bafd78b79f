package vn.dvc.portal.audit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the audit log. Security events are written in a transaction of their own, so
 * that they stay when the work of the request is rolled back or was refused (a wrong password, a
 * denied page, a look-up over the limit). Dossier transitions are written by the database itself,
 * in the transaction that records them.
 */
@Service
public class AuditTrail {

	static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void record(AuditEntry entry) {
		this.separately.executeWithoutResult(status -> this.jdbc.update("""
				insert into audit_event (kind, actor_id, actor, subject, subject_key, client_address, detail)
				values (?, ?, ?, ?, ?, ?, ?)
				""", entry.kind().name(), entry.actorId(), cut(entry.actor(), 160), cut(entry.subject(), 200),
				cut(entry.subjectKey(), 64), cut(entry.clientAddress(), 64), cut(entry.detail(), 500)));
	}

	/** How many events of a kind an actor caused in the last {@code window}. */
	public long countRecent(AuditKind kind, UUID actorId, Duration window) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from audit_event
				where actor_id = ? and kind = ? and occurred_at > now() - make_interval(secs => ?)
				""", Long.class, actorId, kind.name(), (double) window.toSeconds());
		return (count == null) ? 0 : count;
	}

	/** The newest events first. */
	public Page<AuditRecord> page(int page) {
		List<AuditRecord> records = this.jdbc.query("""
				select id, occurred_at, kind, actor_id, actor, subject, client_address, detail from audit_event
				order by occurred_at desc, id desc limit ? offset ?
				""", (rs, n) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("kind"), rs.getObject("actor_id", UUID.class), rs.getString("actor"), rs.getString("subject"),
				rs.getString("client_address"), rs.getString("detail")), PAGE_SIZE, (long) page * PAGE_SIZE);
		Long total = this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
		return new PageImpl<>(records, PageRequest.of(page, PAGE_SIZE), (total == null) ? 0 : total);
	}

	private static String cut(String text, int length) {
		if (text == null) {
			return null;
		}
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}

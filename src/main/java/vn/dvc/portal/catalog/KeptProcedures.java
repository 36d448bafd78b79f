package vn.dvc.portal.catalog;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.shared.content.PublicContent;
import vn.dvc.portal.shared.content.PublicContentChanged;

/**
 * The details of the procedures asked for lately, as read from the database: every form, every
 * filing and every desk page needs its procedure, which changes only when an administrator changes
 * the catalogue. Any change of the catalogue drops them all, on this node right after it commits
 * and on the others when they hear of it ({@link PublicContentChanged}), as for the kept pages.
 */
@Component
class KeptProcedures {

	/** A province publishes about 2,000 procedures; a few thousand details weigh a few megabytes. */
	static final int KEPT = 5_000;

	private final Procedures procedures;

	private final TransactionTemplate readOnly;

	private final Cache<ProcedureId, ProcedureDetails> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

	private final AtomicLong generation = new AtomicLong();

	KeptProcedures(Procedures procedures, TransactionTemplate transactions) {
		this.procedures = procedures;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	Optional<ProcedureDetails> find(ProcedureId id) {
		ProcedureDetails details = this.kept.getIfPresent(id);
		if (details != null) {
			return Optional.of(details);
		}
		long before = this.generation.get();
		Optional<ProcedureDetails> read = this.readOnly
			.execute(status -> this.procedures.findWithRequirementsById(id.value()).map(Procedure::details));
		// Only what exists is kept (made-up ids must not fill the memory), and only if no change of
		// the catalogue committed while it was read: it may be from before that change.
		if (read.isPresent() && this.generation.get() == before) {
			this.kept.put(id, read.get());
			if (this.generation.get() != before) {
				this.kept.invalidate(id);
			}
		}
		return read;
	}

	@EventListener
	void on(PublicContentChanged change) {
		if (PublicContent.CATALOG.equals(change.area())) {
			this.generation.incrementAndGet();
			this.kept.invalidateAll();
		}
	}

	/** How many details are kept now (for tests). */
	long size() {
		this.kept.cleanUp();
		return this.kept.estimatedSize();
	}

}

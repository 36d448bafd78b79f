package vn.dvc.portal.catalog;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.portal.shared.VietnameseText;
import vn.dvc.portal.shared.content.PublicContent;
import vn.dvc.portal.shared.content.PublicContentChanged;

/**
 * The catalogue's search index, in memory: a province has one to two thousand procedures, and a
 * search through all of them in memory takes well under a millisecond, where a database query per
 * keystroke (and a second one to count the pages) took far longer. It is read from the database
 * on the first search after the catalogue changed, here or on another node.
 */
@Component
class CatalogIndex {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	/** One procedure as searched: its summary and its folded name, code and field. */
	private record Entry(ProcedureSummary summary, String searchText, CollationKey order) {
	}

	/** The catalogue as read once: procedures and agencies, each in Vietnamese order of names. */
	private record Snapshot(List<Entry> procedures, List<AgencySummary> agencies) {
	}

	private final Procedures procedures;

	private final Agencies agencies;

	private final TransactionTemplate readOnly;

	private final AtomicLong generation = new AtomicLong();

	private volatile Snapshot snapshot;

	CatalogIndex(Procedures procedures, Agencies agencies, TransactionTemplate transactions) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/** Every word of the text must appear, in any order; the results are in Vietnamese order of names. */
	Page<ProcedureSummary> search(ProcedureQuery query, Pageable pageable) {
		List<String> words = words(query.text());
		Predicate<Entry> matches = entry -> {
			ProcedureSummary summary = entry.summary();
			if (query.agency() != null && !query.agency().equals(summary.agency().id())) {
				return false;
			}
			if (query.serviceLevel() != null && query.serviceLevel() != summary.serviceLevel()) {
				return false;
			}
			if (query.adminLevel() != null && query.adminLevel() != summary.adminLevel()) {
				return false;
			}
			for (String word : words) {
				if (!entry.searchText().contains(word)) {
					return false;
				}
			}
			return true;
		};
		List<ProcedureSummary> found = new ArrayList<>();
		for (Entry entry : snapshot().procedures()) {
			if (matches.test(entry)) {
				found.add(entry.summary());
			}
		}
		int size = pageable.getPageSize();
		int lastPage = Math.max(0, (found.size() - 1) / size);
		// A page past the end shows the last one, whatever number was asked for.
		int page = Math.min(pageable.getPageNumber(), lastPage);
		int from = page * size;
		List<ProcedureSummary> content = found.subList(Math.min(from, found.size()), Math.min(from + size, found.size()));
		return new PageImpl<>(List.copyOf(content), PageRequest.of(page, size), found.size());
	}

	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		// Bounded: more words or text than this add nothing a person types (ProcedureQuery).
		String bounded = (text.length() > ProcedureQuery.MAX_TEXT_LENGTH) ? text.substring(0, ProcedureQuery.MAX_TEXT_LENGTH)
				: text;
		return Arrays.stream(VietnameseText.fold(bounded).split(" "))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(ProcedureQuery.MAX_WORDS)
			.toList();
	}

	@EventListener
	void on(PublicContentChanged change) {
		if (PublicContent.CATALOG.equals(change.area())) {
			this.generation.incrementAndGet();
			this.snapshot = null;
		}
	}

	/** Every agency, in Vietnamese order of names. */
	List<AgencySummary> agencies() {
		return snapshot().agencies();
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.snapshot != null) {
				return this.snapshot;
			}
			long before = this.generation.get();
			Snapshot loaded = this.readOnly.execute(status -> new Snapshot(this.procedures.findAllWithAgency()
				.stream()
				.map(procedure -> {
					ProcedureSummary summary = procedure.summary();
					return new Entry(summary, procedure.searchText(), VIETNAMESE.getCollationKey(summary.name()));
				})
				.sorted(Comparator.comparing(Entry::order))
				.toList(),
					this.agencies.findAll()
						.stream()
						.map(Agency::summary)
						.sorted(Comparator.comparing(AgencySummary::name, VIETNAMESE))
						.toList()));
			// A change that committed while reading leaves the index to be read again next time.
			if (this.generation.get() == before) {
				this.snapshot = loaded;
			}
			return loaded;
		}
	}

}

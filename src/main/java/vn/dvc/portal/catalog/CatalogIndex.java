package vn.dvc.portal.catalog;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * database query per keystroke (and a second one to count the pages) took far longer than a search
 * in memory. It is read from the database on the first search after the catalogue changed, here or
 * on another node.
 * <p>
 * A word matches a procedure when it appears anywhere in its folded text. A word has no space, so
 * it appears in the text exactly when it appears in one of the text's space-separated tokens: the
 * index keeps, for each distinct token, the set of procedures (by their position in Vietnamese
 * order) whose text has it, and the set a word matches is the union over the tokens that contain
 * it, worked out once per word and kept. A search is then the intersection of its words' sets, read
 * in order, without looking at any procedure's text.
 */
@Component
class CatalogIndex {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	/** One procedure as searched: its summary and its folded name, code and field. */
	private record Entry(ProcedureSummary summary, String searchText, CollationKey order) {
	}

	/**
	 * The catalogue as read once: procedures and agencies, each in Vietnamese order of names, and
	 * which procedures have each token of text.
	 */
	private static final class Snapshot {

		/** The words searched for most recently, with the procedures each matches. */
		private static final int WORDS_KEPT = 20_000;

		private final List<Entry> procedures;

		private final List<AgencySummary> agencies;

		private final Map<String, BitSet> withToken = new HashMap<>();

		private final Cache<String, BitSet> withWord = Caffeine.newBuilder().maximumSize(WORDS_KEPT).build();

		Snapshot(List<Entry> procedures, List<AgencySummary> agencies) {
			this.procedures = procedures;
			this.agencies = agencies;
			for (int position = 0; position < procedures.size(); position++) {
				String text = procedures.get(position).searchText();
				for (String token : (text != null) ? text.split(" ") : new String[0]) {
					this.withToken.computeIfAbsent(token, key -> new BitSet()).set(position);
				}
			}
		}

		/** The procedures whose text has every one of these words, or all of them for no words. */
		BitSet withEvery(List<String> words) {
			BitSet found = new BitSet(this.procedures.size());
			found.set(0, this.procedures.size());
			for (String word : words) {
				found.and(this.withWord.get(word, this::withWord));
			}
			return found;
		}

		private BitSet withWord(String word) {
			BitSet found = new BitSet(this.procedures.size());
			this.withToken.forEach((token, positions) -> {
				if (token.contains(word)) {
					found.or(positions);
				}
			});
			return found;
		}

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
		Snapshot current = snapshot();
		BitSet withWords = current.withEvery(words(query.text()));
		List<ProcedureSummary> found = new ArrayList<>();
		for (int position = withWords.nextSetBit(0); position >= 0; position = withWords.nextSetBit(position + 1)) {
			ProcedureSummary summary = current.procedures.get(position).summary();
			if (filtersAccept(query, summary)) {
				found.add(summary);
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

	private static boolean filtersAccept(ProcedureQuery query, ProcedureSummary summary) {
		return (query.agency() == null || query.agency().equals(summary.agency().id()))
				&& (query.serviceLevel() == null || query.serviceLevel() == summary.serviceLevel())
				&& (query.adminLevel() == null || query.adminLevel() == summary.adminLevel());
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
		return snapshot().agencies;
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

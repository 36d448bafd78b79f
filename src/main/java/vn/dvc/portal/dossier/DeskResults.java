package vn.dvc.portal.dossier;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;

/**
 * What a search of the queue found: the page shown, and, when text was typed, how many dossiers
 * match in each tab, so that the page can say where matches are when the open tab has none.
 *
 * @param query the search as run: in the ALL tab when the text names a dossier or a person exactly
 * @param everyTab whether the search looked in every tab because the text names exactly
 * @param matchesPerTab the matches in each tab but ALL; empty when no text was typed
 */
public record DeskResults(DeskQuery query, Page<DeskRow> rows, boolean everyTab, Map<DeskQuery.Tab, Long> matchesPerTab) {

	/** The one dossier an exact search found, to open at once. */
	public Optional<DossierId> onlyMatch() {
		return (this.everyTab && this.rows.getTotalElements() == 1) ? Optional.of(this.rows.getContent().get(0).id())
				: Optional.empty();
	}

	/** The tabs, other than the one shown, that hold matches. */
	public List<DeskQuery.Tab> otherTabsWithMatches() {
		return Arrays.stream(DeskQuery.Tab.values())
			.filter(tab -> tab != DeskQuery.Tab.ALL && tab != this.query.tab() && matchesIn(tab) > 0)
			.toList();
	}

	public long matchesIn(DeskQuery.Tab tab) {
		return this.matchesPerTab.getOrDefault(tab, 0L);
	}

}

package vn.dvc.portal.dossier;

import java.util.Map;

/** The figures at the top of the desk: dossiers per tab, and how many are late or nearly so. */
public record DeskCounts(Map<DeskQuery.Tab, Long> perTab, long overdue, long dueSoon) {

	public long of(DeskQuery.Tab tab) {
		return this.perTab.getOrDefault(tab, 0L);
	}

}

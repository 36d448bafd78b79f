package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A search of an agency's queue; every part but the tab is optional.
 *
 * @param text a dossier code, an ID number, or words of the owner's name (told apart by their form)
 */
public record DeskQuery(Tab tab, String text, UUID procedureId, Channel channel, LocalDate submittedFrom,
		LocalDate submittedTo) {

	/** The queue's tabs, each a group of states. */
	public enum Tab {

		WAITING(EnumSet.of(DossierStatus.SUBMITTED)),
		IN_PROGRESS(EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)),
		AMENDMENT(EnumSet.of(DossierStatus.AMENDMENT_REQUESTED)),
		TO_RETURN(EnumSet.of(DossierStatus.RESOLVED)),
		CLOSED(EnumSet.of(DossierStatus.RETURNED, DossierStatus.REJECTED, DossierStatus.WITHDRAWN)),
		ALL(EnumSet.complementOf(EnumSet.of(DossierStatus.DRAFT)));

		private final Set<DossierStatus> statuses;

		Tab(Set<DossierStatus> statuses) {
			this.statuses = statuses;
		}

		public Set<DossierStatus> statuses() {
			return this.statuses;
		}

	}

	public DeskQuery {
		tab = (tab != null) ? tab : Tab.WAITING;
		text = (text == null || text.isBlank()) ? null : text.trim();
	}

}

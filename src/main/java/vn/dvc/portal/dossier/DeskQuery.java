package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.dvc.portal.account.IdDocumentType;
import vn.dvc.portal.account.PhoneNumber;
import vn.dvc.portal.dossier.events.Channel;
import vn.dvc.portal.dossier.events.DossierStatus;

/**
 * A search of an agency's queue; every part but the tab is optional.
 *
 * @param text a dossier code, an ID number, a phone number, or words of the owner's name (told apart
 * by their form)
 */
public record DeskQuery(Tab tab, String text, UUID procedureId, Channel channel, LocalDate submittedFrom,
		LocalDate submittedTo) {

	private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-Z.\\-]+");

	/** The queue's tabs, each a group of states. */
	public enum Tab {

		WAITING(EnumSet.of(DossierStatus.SUBMITTED)),
		IN_PROGRESS(EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)),
		AMENDMENT(EnumSet.of(DossierStatus.AMENDMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED)),
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

		/** The tab, other than ALL, that holds dossiers in this state. */
		static Tab of(DossierStatus status) {
			for (Tab tab : values()) {
				if (tab != ALL && tab.statuses.contains(status)) {
					return tab;
				}
			}
			return ALL;
		}

	}

	/** What the text is, told apart by its form. */
	enum Kind {

		/** A whole dossier code. */
		CODE,

		/** An ID number or a phone number, of the owner or the submitter. */
		IDENTIFIER,

		/** The beginning of a dossier code, with at least one dash. */
		CODE_PREFIX,

		/** Words of the owner's name. */
		NAME,

		NONE

	}

	public DeskQuery {
		tab = (tab != null) ? tab : Tab.WAITING;
		text = (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * Whether the text names one person or one dossier exactly (a whole code, an ID number, a phone
	 * number): such a search looks in every tab, since the officer wants that dossier whatever its
	 * state.
	 */
	public boolean namesExactly() {
		return kind() == Kind.CODE || kind() == Kind.IDENTIFIER;
	}

	/** The same search in another tab. */
	public DeskQuery inTab(Tab other) {
		return new DeskQuery(other, this.text, this.procedureId, this.channel, this.submittedFrom, this.submittedTo);
	}

	Kind kind() {
		if (this.text == null) {
			return Kind.NONE;
		}
		if (code().isPresent()) {
			return Kind.CODE;
		}
		if (!idNumbers().isEmpty() || phone().isPresent()) {
			return Kind.IDENTIFIER;
		}
		String compact = compact();
		if (compact.contains("-") && CODE_PREFIX.matcher(compact).matches()) {
			return Kind.CODE_PREFIX;
		}
		return Kind.NAME;
	}

	Optional<DossierCode> code() {
		return DossierCode.parse(this.text);
	}

	/** The ID number as typed without spaces, and without dots and dashes, where they have an ID's form. */
	Set<String> idNumbers() {
		Set<String> candidates = new LinkedHashSet<>();
		if (this.text == null) {
			return candidates;
		}
		for (String candidate : new String[] { compact(), IdDocumentType.normalize(this.text) }) {
			IdNumber.parse(candidate).map(IdNumber::value).ifPresent(candidates::add);
		}
		return candidates;
	}

	/** The phone number in national form, as dossiers keep it. */
	Optional<String> phone() {
		return PhoneNumber.parse(this.text).map(PhoneNumber::value);
	}

	/** The text without spaces, in upper case. */
	String compact() {
		return (this.text == null) ? "" : this.text.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
	}

	@Override
	public String toString() {
		// The text may be a name or an ID number: personal data stays out of logs.
		return "DeskQuery[tab=" + this.tab + ", text=" + ((this.text == null) ? "none" : "hidden") + "]";
	}

}

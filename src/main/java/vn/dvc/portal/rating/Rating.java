package vn.dvc.portal.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dvc.portal.shared.Ids;

/**
 * The owner's rating of one dossier (one per dossier, a schema constraint). It may be changed
 * for a while after it was first given; the last one to record it (the owner, or an officer at the
 * counter on the owner's behalf) is kept with it.
 */
@Entity
@Table(name = "rating")
class Rating {

	@Id
	private UUID id;

	private UUID dossierId;

	private String dossierCode;

	private UUID agencyId;

	private String agencyName;

	private String procedureCode;

	private String procedureName;

	private UUID applicantId;

	private Instant givenAt;

	private Instant changedAt;

	private UUID recordedBy;

	private String recordedByName;

	private boolean onBehalf;

	private String comment;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "rating_answer", joinColumns = @JoinColumn(name = "rating_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "answer")
	@Enumerated(EnumType.STRING)
	private Map<UUID, Answer> answers = new LinkedHashMap<>();

	@Version
	private long version;

	protected Rating() {
	}

	/** The rating given for the first time. */
	static Rating give(RatedDossier dossier, Map<UUID, Answer> answers, String comment, RecordedBy by, Instant now) {
		Rating rating = new Rating();
		rating.id = Ids.next();
		rating.dossierId = dossier.id();
		rating.dossierCode = dossier.code();
		rating.agencyId = dossier.agencyId();
		rating.agencyName = dossier.agencyName();
		rating.procedureCode = dossier.procedureCode();
		rating.procedureName = dossier.procedureName();
		rating.applicantId = dossier.applicantId();
		rating.givenAt = now;
		rating.record(answers, comment, by, now);
		return rating;
	}

	/**
	 * The rating changed: allowed until the window after it was first given has passed.
	 * @throws RatingRefusedException CLOSED when the window has passed
	 */
	void change(Map<UUID, Answer> answers, String comment, RecordedBy by, Instant now, Duration window) {
		if (!isChangeable(now, window)) {
			throw new RatingRefusedException(RatingRefusedException.Reason.CLOSED);
		}
		record(answers, comment, by, now);
	}

	boolean isChangeable(Instant now, Duration window) {
		return now.isBefore(changeableUntil(window));
	}

	Instant changeableUntil(Duration window) {
		return this.givenAt.plus(window);
	}

	private void record(Map<UUID, Answer> answers, String comment, RecordedBy by, Instant now) {
		this.answers.clear();
		this.answers.putAll(answers);
		this.comment = comment;
		this.recordedBy = by.accountId();
		this.recordedByName = by.name();
		this.onBehalf = by.onBehalf();
		this.changedAt = now;
	}

	UUID dossierId() {
		return this.dossierId;
	}

	Map<UUID, Answer> answers() {
		return Map.copyOf(this.answers);
	}

	String comment() {
		return this.comment;
	}

	boolean isOnBehalf() {
		return this.onBehalf;
	}

	String recordedByName() {
		return this.recordedByName;
	}

	Instant givenAt() {
		return this.givenAt;
	}

	Instant changedAt() {
		return this.changedAt;
	}

	/** Who recorded the rating: the owner, or an officer on the owner's behalf. */
	record RecordedBy(UUID accountId, String name, boolean onBehalf) {
	}

	/** What the rating keeps of its dossier, as the dossier module told it. */
	record RatedDossier(UUID id, String code, UUID agencyId, String agencyName, String procedureCode,
			String procedureName, UUID applicantId) {
	}

}

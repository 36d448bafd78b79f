package vn.dvc.portal.rating;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.dossier.Actor;
import vn.dvc.portal.dossier.DossierAccess;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.PortalTime;

/**
 * Rating a dossier: its owner, once it is returned or overdue, or an officer of its agency at the
 * counter on the owner's behalf. Whose dossier it is, and whether it is returned, the dossier
 * module answers: the owner's service answers "not found" for anyone else's dossier, the desk's for
 * another agency's. One rating per dossier, changeable for the change window after it was first
 * given.
 */
@Service
public class SatisfactionSurvey {

	private final Ratings ratings;

	private final Criteria criteria;

	private final DossierAccess dossiers;

	private final Catalog catalog;

	private final RatingProperties properties;

	private final Clock clock;

	SatisfactionSurvey(Ratings ratings, Criteria criteria, DossierAccess dossiers, Catalog catalog,
			RatingProperties properties, Clock clock) {
		this.ratings = ratings;
		this.criteria = criteria;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether the dossier may be rated: returned, or overdue while the agency holds it (received,
	 * in progress, resolved and not yet returned). A dossier waiting for the owner's amendment is not
	 * the agency's delay; a refused or withdrawn one has nothing to rate.
	 */
	static boolean offered(DossierStatus status, LocalDate dueDate, LocalDate today) {
		return switch (status) {
			case RETURNED -> true;
			case RECEIVED, IN_PROGRESS, RESOLVED -> dueDate != null && today.isAfter(dueDate);
			default -> false;
		};
	}

	/** What the page of a dossier its viewer may see says about rating it. */
	@Transactional(readOnly = true)
	public RatingOffer offerFor(DossierView dossier) {
		Instant now = this.clock.instant();
		boolean offered = offered(dossier.status(), dossier.dates().dueDate(), PortalTime.dayOf(now));
		return this.ratings.findByDossierId(dossier.id().value())
			.map(rating -> new RatingOffer(offered, true, rating.isChangeable(now, this.properties.changeWindow()),
					rating.isOnBehalf(), rating.givenAt(), rating.changeableUntil(this.properties.changeWindow())))
			.orElse(offered ? new RatingOffer(true, false, false, false, null, null) : RatingOffer.NOT_YET);
	}

	/** The rating page of the citizen's own dossier. */
	@Transactional(readOnly = true)
	public RatingSheet sheetForOwner(PortalUser citizen, DossierId id) {
		return sheet(this.dossiers.ofApplicant(Actor.of(citizen), id));
	}

	/** The rating page of a dossier of the officer's agency. */
	@Transactional(readOnly = true)
	public RatingSheet sheetAtCounter(PortalUser officer, DossierId id) {
		return sheet(this.dossiers.atDesk(officer, id));
	}

	/**
	 * The owner rates their dossier, or changes their rating.
	 * @throws RatingRefusedException when the dossier is not offered for rating, the rating can no
	 * longer be changed, or the answers or the comment are not acceptable
	 */
	@Transactional
	public void rateAsOwner(PortalUser citizen, DossierId id, Map<UUID, Answer> answers, String comment) {
		rate(this.dossiers.ofApplicant(Actor.of(citizen), id), answers, comment,
				new Rating.RecordedBy(citizen.accountId().value(), citizen.displayName(), false));
	}

	/** An officer records at the counter the rating the owner gives; it is marked as such. */
	@Transactional
	public void rateAtCounter(PortalUser officer, DossierId id, Map<UUID, Answer> answers, String comment) {
		rate(this.dossiers.atDesk(officer, id), answers, comment,
				new Rating.RecordedBy(officer.accountId().value(), officer.displayName(), true));
	}

	private void rate(DossierView dossier, Map<UUID, Answer> answers, String comment, Rating.RecordedBy by) {
		if (!offered(dossier.status(), dossier.dates().dueDate(), PortalTime.dayOf(this.clock.instant()))) {
			throw new RatingRefusedException(RatingRefusedException.Reason.NOT_OFFERED);
		}
		Map<UUID, Answer> checked = checkedAnswers(answers);
		String text = checkedComment(comment);
		UUID dossierId = dossier.id().value();
		this.ratings.lockDossier(Ratings.LOCK_SPACE, dossierId.hashCode());
		// The time is read once the lock is held: a post that waited for another's first rating
		// changes it later than it was given (a schema check), not at the moment it started waiting.
		Instant now = this.clock.instant();
		Optional<Rating> existing = this.ratings.findByDossierId(dossierId);
		if (existing.isPresent()) {
			existing.get().change(checked, text, by, now, this.properties.changeWindow());
			this.ratings.saveAndFlush(existing.get());
		}
		else {
			this.ratings.saveAndFlush(Rating.give(ratedDossier(dossier), checked, text, by, now));
		}
	}

	/** Every question of the survey answered on its own scale; answers to anything else dropped. */
	private Map<UUID, Answer> checkedAnswers(Map<UUID, Answer> answers) {
		Map<UUID, Answer> checked = new LinkedHashMap<>();
		for (Criterion criterion : this.criteria.findActive()) {
			Answer answer = answers.get(criterion.id());
			if (answer == null || answer.scale() != criterion.scale()) {
				throw new RatingRefusedException(RatingRefusedException.Reason.INCOMPLETE);
			}
			checked.put(criterion.id(), answer);
		}
		return checked;
	}

	private String checkedComment(String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		String text = comment.strip();
		if (text.length() > this.properties.commentMaxLength()) {
			throw new RatingRefusedException(RatingRefusedException.Reason.COMMENT_TOO_LONG);
		}
		if (Comments.hasControlCharacter(text)) {
			throw new RatingRefusedException(RatingRefusedException.Reason.COMMENT_INVALID);
		}
		return text;
	}

	private RatingSheet sheet(DossierView dossier) {
		Instant now = this.clock.instant();
		boolean offered = offered(dossier.status(), dossier.dates().dueDate(), PortalTime.dayOf(now));
		Optional<Rating> rating = this.ratings.findByDossierId(dossier.id().value());
		if (!offered && rating.isEmpty()) {
			throw new RatingRefusedException(RatingRefusedException.Reason.NOT_OFFERED);
		}
		Map<UUID, CriterionView> shown = new LinkedHashMap<>();
		this.criteria.findActive().forEach(criterion -> shown.put(criterion.id(), criterion.view()));
		Map<UUID, Answer> answers = rating.map(Rating::answers).orElse(Map.of());
		if (!answers.keySet().stream().allMatch(shown::containsKey)) {
			// A rating given before a question was retired still shows its answer to it.
			this.criteria.findAllById(answers.keySet()).forEach(criterion -> shown.putIfAbsent(criterion.id(), criterion.view()));
		}
		List<CriterionView> criteria = shown.values()
			.stream()
			.sorted(java.util.Comparator.comparing(CriterionView::retired).thenComparing(CriterionView::position))
			.toList();
		return new RatingSheet(dossier.id().value(), dossier.code(), dossier.procedureName(), dossier.agencyName(),
				criteria, new HashMap<>(answers), rating.map(Rating::comment).orElse(null), rating.isPresent(),
				rating.map(Rating::isOnBehalf).orElse(false), rating.map(Rating::recordedByName).orElse(null),
				rating.map(Rating::givenAt).orElse(null), rating.map(Rating::changedAt).orElse(null),
				rating.map(r -> r.changeableUntil(this.properties.changeWindow())).orElse(null),
				rating.map(r -> offered && r.isChangeable(now, this.properties.changeWindow())).orElse(offered),
				this.properties.commentMaxLength(), this.properties.changeWindow().toDays());
	}

	private Rating.RatedDossier ratedDossier(DossierView dossier) {
		UUID agencyId = this.catalog.procedure(new ProcedureId(dossier.procedureId()))
			.map(procedure -> procedure.summary().agency().id().value())
			.orElse(null);
		return new Rating.RatedDossier(dossier.id().value(), dossier.code(), agencyId, dossier.agencyName(),
				Objects.requireNonNullElse(dossier.procedureCode(), ""), dossier.procedureName(), dossier.applicantId());
	}

}

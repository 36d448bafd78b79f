package vn.dvc.portal.rating;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.NotFoundException;

/** The administrator keeps the survey's questions: their wording, their order, new ones, retired ones. */
@Service
public class CriteriaAdministration {

	/** What became of a question taken out of the survey. */
	public enum Removal {

		/** No rating answered it: it is gone. */
		DELETED,
		/** Ratings answered it: it stays with them, out of the survey. */
		RETIRED

	}

	private final Criteria criteria;

	private final Clock clock;

	CriteriaAdministration(Criteria criteria, Clock clock) {
		this.criteria = criteria;
		this.clock = clock;
	}

	/** The questions in the survey first, in their order, then the retired ones. */
	@Transactional(readOnly = true)
	public List<CriterionView> all() {
		return this.criteria.findAllInOrder().stream().map(Criterion::view).toList();
	}

	@Transactional
	public CriterionView add(String question, Scale scale, int position) {
		return this.criteria.save(new Criterion(question, scale, position)).view();
	}

	@Transactional
	public void reword(UUID id, String question, int position) {
		find(id).reword(question, position);
	}

	/**
	 * Takes the question out of the survey: deleted when no rating answered it, retired otherwise.
	 * A rating given meanwhile makes the delete fail on the answers' foreign key (a 409 page).
	 */
	@Transactional
	public Removal remove(UUID id) {
		Criterion criterion = find(id);
		if (this.criteria.isAnswered(id)) {
			criterion.retire(this.clock.instant());
			return Removal.RETIRED;
		}
		this.criteria.delete(criterion);
		this.criteria.flush();
		return Removal.DELETED;
	}

	/** A retired question goes back into the survey. */
	@Transactional
	public void restore(UUID id) {
		find(id).restore();
	}

	private Criterion find(UUID id) {
		return this.criteria.findById(id).orElseThrow(() -> new NotFoundException("Criterion"));
	}

}

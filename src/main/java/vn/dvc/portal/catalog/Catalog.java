package vn.dvc.portal.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.VietnameseText;

/** The public catalogue: what procedures exist, who resolves them, what they ask for. */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final Procedures procedures;

	private final Agencies agencies;

	Catalog(Procedures procedures, Agencies agencies) {
		this.procedures = procedures;
		this.agencies = agencies;
	}

	public Page<ProcedureSummary> search(ProcedureQuery query, Pageable pageable) {
		Specification<Procedure> specification = (root, criteria, builder) -> {
			// The page query fetches the agency with each procedure; the count query must not.
			if (criteria != null && !Long.class.equals(criteria.getResultType())) {
				root.fetch("agency", JoinType.INNER);
			}
			return builder.conjunction();
		};
		List<String> words = words(query.text());
		if (!words.isEmpty()) {
			// Every word must appear, in any order: "hoi nghi quoc te" finds "hội nghị, hội thảo quốc tế".
			// One flat conjunction, however many words: nested conditions overflowed the stack.
			specification = specification.and((root, criteria, builder) -> builder.and(words.stream()
				.map(word -> builder.like(root.get("searchText"),
						"%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'))
				.toArray(Predicate[]::new)));
		}
		if (query.agency() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("agency").get("id"), query.agency().value()));
		}
		if (query.serviceLevel() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("serviceLevel"), query.serviceLevel()));
		}
		if (query.adminLevel() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("adminLevel"), query.adminLevel()));
		}
		Pageable sorted = pageable.getSort().isSorted() ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
		return this.procedures.findAll(specification, sorted).map(Procedure::summary);
	}

	/** The distinct words of a search, at most {@link ProcedureQuery#MAX_WORDS}, folded like the names. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String bounded = (text.length() > ProcedureQuery.MAX_TEXT_LENGTH) ? text.substring(0, ProcedureQuery.MAX_TEXT_LENGTH)
				: text;
		return Arrays.stream(VietnameseText.fold(bounded).split(" "))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(ProcedureQuery.MAX_WORDS)
			.toList();
	}

	public Optional<ProcedureDetails> procedure(ProcedureId id) {
		return this.procedures.findWithRequirementsById(id.value()).map(Procedure::details);
	}

	public List<AgencySummary> agencies() {
		return this.agencies.findAll(Sort.by("name")).stream().map(Agency::summary).toList();
	}

	public Optional<AgencySummary> agency(AgencyId id) {
		return this.agencies.findById(id.value()).map(Agency::summary);
	}

	public Optional<AgencySummary> agencyByCode(String code) {
		return this.agencies.findByCode(code).map(Agency::summary);
	}

	public List<ServiceLevel> serviceLevels() {
		return Arrays.asList(ServiceLevel.values());
	}

}

package vn.dvc.portal.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalogue: what procedures exist, who resolves them, what they ask for. */
@Service
public class Catalog {

	private final Agencies agencies;

	private final CatalogIndex index;

	private final KeptProcedures kept;

	Catalog(Agencies agencies, CatalogIndex index, KeptProcedures kept) {
		this.agencies = agencies;
		this.index = index;
		this.kept = kept;
	}

	/**
	 * Procedures whose name, code or field holds every word of the text (with or without
	 * diacritics, in any order), in the order of their names; a page past the last shows the last.
	 */
	public Page<ProcedureSummary> search(ProcedureQuery query, Pageable pageable) {
		return this.index.search(query, pageable);
	}

	/** The procedure as the catalogue shows it now (kept in memory until the catalogue changes). */
	public Optional<ProcedureDetails> procedure(ProcedureId id) {
		return this.kept.find(id);
	}

	/** Every agency, in Vietnamese order of names (from the index: no transaction). */
	public List<AgencySummary> agencies() {
		return this.index.agencies();
	}

	@Transactional(readOnly = true)
	public Optional<AgencySummary> agency(AgencyId id) {
		return this.agencies.findById(id.value()).map(Agency::summary);
	}

	@Transactional(readOnly = true)
	public Optional<AgencySummary> agencyByCode(String code) {
		return this.agencies.findByCode(code).map(Agency::summary);
	}

	public List<ServiceLevel> serviceLevels() {
		return Arrays.asList(ServiceLevel.values());
	}

}

package vn.dvc.portal.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogPublishing;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.ProcedureQuery;
import vn.dvc.portal.catalog.ProcedureSummary;
import vn.dvc.portal.catalog.RequirementDetails;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.security.Viewer;
import vn.dvc.portal.shared.web.Paging;

/** The public catalogue: search, a procedure's page, and its blank forms to download. */
@Controller
class ProcedureController {

	static final int PAGE_SIZE = 10;

	private final Catalog catalog;

	private final Documents documents;

	private final CatalogPublishing publishing;

	private final ProcedureRows rows;

	private final SearchPages searchPages;

	private final Viewer viewer;

	ProcedureController(Catalog catalog, Documents documents, CatalogPublishing publishing, ProcedureRows rows,
			SearchPages searchPages, Viewer viewer) {
		this.catalog = catalog;
		this.documents = documents;
		this.publishing = publishing;
		this.rows = rows;
		this.searchPages = searchPages;
		this.viewer = viewer;
	}

	@GetMapping("/procedures")
	ModelAndView search(
			@RequestParam(required = false) @Size(max = ProcedureQuery.MAX_TEXT_LENGTH,
					message = "{search.query.tooLong}") String q,
			@RequestParam(required = false) UUID agency, @RequestParam(required = false) ServiceLevel level,
			@RequestParam(required = false) AdminLevel adminLevel,
			@RequestParam(defaultValue = "0") @Max(value = Paging.MAX_PAGE, message = "{error.page.range}") int page,
			Locale locale, Model model) {
		ProcedureQuery query = new ProcedureQuery(q, (agency != null) ? new AgencyId(agency) : null, level, adminLevel);
		Page<ProcedureSummary> results = this.catalog.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("agency", agency);
		model.addAttribute("level", level);
		model.addAttribute("adminLevel", adminLevel);
		List<AgencySummary> agencies = this.catalog.agencies();
		model.addAttribute("agencies", agencies);
		model.addAttribute("levels", ServiceLevel.values());
		model.addAttribute("adminLevels", AdminLevel.values());
		// Pages are kept per agency of the filter: only for the catalogue's own, not for made-up ids.
		boolean knownAgency = agency == null || agencies.stream().anyMatch(known -> known.id().value().equals(agency));
		if (knownAgency && this.viewer.current().anonymous() && !model.containsAttribute("successKey")
				&& !model.containsAttribute("warningKey")) {
			return new ModelAndView(this.searchPages.page(model.asMap(), q, agencies, results, locale));
		}
		model.addAttribute("results", results);
		model.addAttribute("rows", this.rows.html(results.getContent(), locale));
		return new ModelAndView(SearchPages.TEMPLATE);
	}

	@GetMapping("/procedures/{id}")
	String show(@PathVariable UUID id, Model model) {
		ProcedureDetails procedure = procedure(id);
		model.addAttribute("procedure", procedure);
		model.addAttribute("inForce", this.publishing.inForce(procedure.id()).orElse(null));
		model.addAttribute("defaultMaxMb", this.documents.maxBytes(null) / (1024 * 1024));
		return "catalog/procedure";
	}

	@GetMapping("/files/templates/{procedureId}/{requirementId}")
	ResponseEntity<Resource> template(@PathVariable UUID procedureId, @PathVariable UUID requirementId) {
		RequirementDetails requirement = procedure(procedureId).requirement(requirementId)
			.filter(candidate -> candidate.templateFileId() != null)
			.orElseThrow(() -> new NotFoundException("Template"));
		return this.documents.open(requirement.templateFileId())
			.orElseThrow(() -> new NotFoundException("Template"))
			.asDownload();
	}

	private ProcedureDetails procedure(UUID id) {
		return this.catalog.procedure(new ProcedureId(id)).orElseThrow(() -> new NotFoundException("Procedure"));
	}

}

package vn.dvc.portal.catalog;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.content.PublicContent;

/** Changes to the catalogue, made by administrators (and by the demo data of the default run). */
@Service
@Transactional
public class CatalogAdministration {

	private final Agencies agencies;

	private final Procedures procedures;

	private final ProcedureRevisions revisions;

	private final PublicContent publicContent;

	private final Clock clock;

	CatalogAdministration(Agencies agencies, Procedures procedures, ProcedureRevisions revisions,
			PublicContent publicContent, Clock clock) {
		this.agencies = agencies;
		this.procedures = procedures;
		this.revisions = revisions;
		this.publicContent = publicContent;
		this.clock = clock;
	}

	/**
	 * @throws CodeTakenException when another agency already has this code
	 */
	public AgencyId createAgency(NewAgency agency) {
		if (this.agencies.findByCode(agency.code()).isPresent()) {
			throw new CodeTakenException();
		}
		this.publicContent.changed(PublicContent.CATALOG);
		return this.agencies.save(new Agency(agency)).id();
	}

	/**
	 * @throws CodeTakenException when another agency already has the new code
	 */
	public void updateAgency(AgencyId id, NewAgency changes) {
		Agency agency = this.agencies.findById(id.value()).orElseThrow(() -> new NotFoundException("Agency"));
		this.agencies.findByCode(changes.code())
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw new CodeTakenException();
			});
		agency.update(changes);
		this.publicContent.changed(PublicContent.CATALOG);
	}

	/**
	 * @throws CodeTakenException when a procedure already has this code
	 */
	public ProcedureId createProcedure(NewProcedure procedure) {
		return createProcedure(procedure, null);
	}

	public ProcedureId createProcedure(NewProcedure procedure, String by) {
		if (this.procedures.findByCode(procedure.code()).isPresent()) {
			throw new CodeTakenException();
		}
		Agency agency = this.agencies.findById(procedure.agencyId().value())
			.orElseThrow(() -> new IllegalArgumentException("Unknown agency " + procedure.agencyId()));
		Procedure saved = this.procedures.saveAndFlush(new Procedure(procedure, agency));
		this.revisions.record(saved, by, this.clock.instant());
		this.publicContent.changed(PublicContent.CATALOG);
		return saved.id();
	}

	/** Changes a procedure; it becomes a new revision, and dossiers already filed keep theirs. */
	public void reviseProcedure(ProcedureId id, ProcedureChanges changes, String by) {
		Procedure procedure = this.procedures.findWithRequirementsById(id.value())
			.orElseThrow(() -> new NotFoundException("Procedure"));
		Agency agency = this.agencies.findById(changes.agencyId().value())
			.orElseThrow(() -> new NotFoundException("Agency"));
		// Requirements are never deleted, so an id the procedure does not have came from a forged form.
		java.util.Set<UUID> own = procedure.details().allRequirements().stream().map(RequirementDetails::id)
			.collect(java.util.stream.Collectors.toSet());
		if (changes.requirements().stream().anyMatch(change -> change.id() != null && !own.contains(change.id()))) {
			throw new NotFoundException("Requirement");
		}
		procedure.revise(changes, agency);
		this.procedures.saveAndFlush(procedure);
		this.revisions.record(procedure, by, this.clock.instant());
		this.publicContent.changed(PublicContent.CATALOG);
	}

	public void attachTemplate(ProcedureId procedure, int requirementPosition, UUID templateFileId) {
		this.procedures.findWithRequirementsById(procedure.value())
			.orElseThrow(() -> new IllegalArgumentException("Unknown procedure " + procedure))
			.attachTemplate(requirementPosition, templateFileId);
		this.publicContent.changed(PublicContent.CATALOG);
	}

	/** Attaches a blank form to download to a requirement of the procedure. */
	public void attachTemplate(ProcedureId procedure, java.util.UUID requirementId, java.util.UUID templateFileId) {
		ProcedureDetails details = this.procedures.findWithRequirementsById(procedure.value())
			.map(Procedure::details)
			.orElseThrow(() -> new NotFoundException("Procedure"));
		RequirementDetails requirement = details.requirement(requirementId)
			.orElseThrow(() -> new NotFoundException("Requirement"));
		attachTemplate(procedure, requirement.position(), templateFileId);
	}

	@Transactional(readOnly = true)
	public java.util.List<ProcedureSummary> allProcedures() {
		return this.procedures.findAll(org.springframework.data.domain.Sort.by("name"))
			.stream()
			.map(Procedure::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ProcedureId> procedureByCode(String code) {
		return this.procedures.findByCode(code).map(Procedure::id);
	}

}

package vn.dvc.portal.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the catalogue, made by administrators (and by the demo data of the default run). */
@Service
@Transactional
public class CatalogAdministration {

	private final Agencies agencies;

	private final Procedures procedures;

	CatalogAdministration(Agencies agencies, Procedures procedures) {
		this.agencies = agencies;
		this.procedures = procedures;
	}

	public AgencyId createAgency(NewAgency agency) {
		return this.agencies.save(new Agency(agency)).id();
	}

	public ProcedureId createProcedure(NewProcedure procedure) {
		Agency agency = this.agencies.findById(procedure.agencyId().value())
			.orElseThrow(() -> new IllegalArgumentException("Unknown agency " + procedure.agencyId()));
		return this.procedures.save(new Procedure(procedure, agency)).id();
	}

	public void attachTemplate(ProcedureId procedure, int requirementPosition, UUID templateFileId) {
		this.procedures.findWithRequirementsById(procedure.value())
			.orElseThrow(() -> new IllegalArgumentException("Unknown procedure " + procedure))
			.attachTemplate(requirementPosition, templateFileId);
	}

	@Transactional(readOnly = true)
	public Optional<ProcedureId> procedureByCode(String code) {
		return this.procedures.findByCode(code).map(Procedure::id);
	}

}

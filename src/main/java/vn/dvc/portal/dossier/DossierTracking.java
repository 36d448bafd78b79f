package vn.dvc.portal.dossier;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.dossier.events.DossierStatus;

/** The public lookup of a dossier's progress by its code. */
@Service
public class DossierTracking {

	private final Dossiers dossiers;

	private final Catalog catalog;

	DossierTracking(Dossiers dossiers, Catalog catalog) {
		this.dossiers = dossiers;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public Optional<TrackingView> track(DossierCode code) {
		return this.dossiers.findByCode(code.value())
			.filter(dossier -> dossier.status() != DossierStatus.DRAFT)
			.map(dossier -> {
				ProcedureDetails procedure = this.catalog.procedure(new ProcedureId(dossier.procedureId())).orElseThrow();
				return new TrackingView(dossier.code().orElseThrow().value(), procedure.summary().name(),
						procedure.summary().agency().name(), dossier.status(), dossier.channel(), dossier.submittedAt(),
						dossier.updatedAt());
			});
	}

}

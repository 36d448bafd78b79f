package vn.dvc.portal.dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.catalog.OpenDossiers;
import vn.dvc.portal.catalog.ProcedureId;

/** Answers the catalogue's question before a publication: how many dossiers each procedure still has open. */
@Component
class OpenDossierCounts implements OpenDossiers {

	private final Dossiers dossiers;

	OpenDossierCounts(Dossiers dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ProcedureId, Long> count(Collection<ProcedureId> procedures) {
		Map<ProcedureId, Long> counts = new HashMap<>();
		if (procedures.isEmpty()) {
			return counts;
		}
		List<UUID> ids = procedures.stream().map(ProcedureId::value).toList();
		for (Object[] row : this.dossiers.countOpenByProcedure(ids)) {
			counts.put(new ProcedureId((UUID) row[0]), (Long) row[1]);
		}
		return counts;
	}

}

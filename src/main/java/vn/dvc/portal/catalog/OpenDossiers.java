package vn.dvc.portal.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * How many dossiers are still being dealt with under each procedure: what an administrator must know
 * before a publication stops a procedure. The dossier module, which owns dossiers and depends on
 * the catalogue, answers it; the catalogue never reads dossiers itself.
 */
public interface OpenDossiers {

	/** Filed and not yet finished (returned, rejected or withdrawn), per procedure; absent means none. */
	Map<ProcedureId, Long> count(Collection<ProcedureId> procedures);

}

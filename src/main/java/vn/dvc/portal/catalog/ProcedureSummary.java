package vn.dvc.portal.catalog;

/** A procedure as listed in the catalogue. */
public record ProcedureSummary(ProcedureId id, String code, String name, String field, AgencySummary agency,
		ServiceLevel serviceLevel, AdminLevel adminLevel, int processingDays, long feeVnd, boolean acceptingDossiers) {
}

package vn.dvc.portal.stats;

import java.time.Instant;
import java.util.List;

/**
 * A monthly or yearly report: one row per agency or per procedure, and their total.
 *
 * @param asOf the moment "in progress at the end" was measured: the end of the period, or now
 */
public record Report(ReportPeriod period, Report.Grouping grouping, List<ReportRow> rows, ReportRow total,
		Instant asOf) {

	/** What a row of the report stands for. */
	public enum Grouping {

		AGENCY, PROCEDURE

	}

}

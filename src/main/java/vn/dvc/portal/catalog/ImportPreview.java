package vn.dvc.portal.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an imported list would change, line by line, before it is published.
 *
 * @param errorKey why the whole file was refused (encoding, missing columns, too many rows), or null
 * @param stops the procedures that publishing would stop taking new dossiers: those of the agencies
 * the list names that the list leaves out
 */
public record ImportPreview(UUID id, String fileName, Instant createdAt, String status, String errorKey,
		boolean publishable, List<Row> rows, List<Stop> stops) {

	/**
	 * A line of the file.
	 *
	 * @param candidates the agencies an ambiguous name could mean, by name and code
	 */
	public record Row(int line, String code, String name, String agency, AdminLevel adminLevel,
			ServiceLevel serviceLevel, ImportOutcome outcome, String problemKey, List<String> candidates) {
	}

	/** A procedure that publishing stops taking new dossiers; its open dossiers go on. */
	public record Stop(ProcedureId id, String code, String name, String agencyName, long openDossiers) {
	}

	public long count(ImportOutcome outcome) {
		return this.rows.stream().filter(row -> row.outcome() == outcome).count();
	}

	/** The dossiers still being dealt with under the procedures publishing stops. */
	public long openDossiersOfStops() {
		return this.stops.stream().mapToLong(Stop::openDossiers).sum();
	}

}

package vn.dvc.portal.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an imported list would change, line by line, before it is published.
 *
 * @param errorKey why the whole file was refused (encoding, missing columns, too many rows), or null
 */
public record ImportPreview(UUID id, String fileName, Instant createdAt, String status, String errorKey,
		boolean publishable, List<Row> rows) {

	/** A line of the file. */
	public record Row(int line, String code, String name, String agency, AdminLevel adminLevel,
			ServiceLevel serviceLevel, ImportOutcome outcome, String problemKey) {
	}

	public long count(ImportOutcome outcome) {
		return this.rows.stream().filter(row -> row.outcome() == outcome).count();
	}

}

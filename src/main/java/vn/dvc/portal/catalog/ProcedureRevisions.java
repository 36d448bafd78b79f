package vn.dvc.portal.catalog;

import java.sql.Timestamp;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every revision of a procedure as it was (name, levels, fee, requirements), so that a
 * dossier filed under revision N can always be read against the rules it was filed under.
 */
@Component
class ProcedureRevisions {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ProcedureRevisions(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(Procedure procedure, String changedBy, Instant now) {
		ProcedureDetails details = procedure.details();
		this.jdbc.update(
				"insert into procedure_revision (procedure_id, revision, snapshot, changed_at, changed_by) values (?, ?, ?, ?, ?)",
				details.id().value(), details.revision(), this.json.writeValueAsString(details), Timestamp.from(now),
				changedBy);
	}

}

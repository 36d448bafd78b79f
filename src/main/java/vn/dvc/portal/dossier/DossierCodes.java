package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues dossier codes. The day's counter of each agency is one row, incremented with a single
 * atomic statement, so concurrent submissions never share a number; the unique constraint on the
 * code stands behind it.
 */
@Component
class DossierCodes {

	private static final String NEXT = """
			insert into dossier_code_sequence (agency_id, day, last_value) values (?, ?, 1)
			on conflict (agency_id, day) do update set last_value = dossier_code_sequence.last_value + 1
			returning last_value
			""";

	private final JdbcTemplate jdbc;

	DossierCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	DossierCode next(UUID agencyId, String agencyCode, LocalDate day) {
		Integer sequence = this.jdbc.queryForObject(NEXT, Integer.class, agencyId, day);
		return DossierCode.of(agencyCode, day, sequence);
	}

}

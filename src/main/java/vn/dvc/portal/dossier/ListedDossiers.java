package vn.dvc.portal.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dvc.portal.dossier.events.DossierStatus;

/**
 * The rows of "Hồ sơ của tôi", newest first, read with one statement that also counts them: the
 * page a citizen reloads most cost two queries through the persistence layer (the page, then its
 * count), most of its time.
 */
@Component
class ListedDossiers {

	private static final String PAGE = """
			select id, code, procedure_name, agency_name, status, created_at, submitted_at, count(*) over () as total
			from dossier where applicant_id = ?
			order by created_at desc, id desc limit ? offset ?
			""";

	private static final String COUNT = "select count(*) from dossier where applicant_id = ?";

	private final JdbcTemplate jdbc;

	ListedDossiers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<DossierSummary> page(UUID applicant, PageRequest page) {
		List<DossierSummary> rows = new ArrayList<>(page.getPageSize());
		long[] total = { 0 };
		this.jdbc.query(PAGE, (ResultSet row) -> {
			rows.add(summary(row));
			total[0] = row.getLong("total");
		}, applicant, page.getPageSize(), page.getOffset());
		// Past the last page there is no row to carry the count.
		if (rows.isEmpty() && page.getOffset() > 0) {
			total[0] = this.jdbc.queryForObject(COUNT, Long.class, applicant);
		}
		return new PageImpl<>(rows, page, total[0]);
	}

	private static DossierSummary summary(ResultSet row) throws SQLException {
		return new DossierSummary(new DossierId(row.getObject("id", UUID.class)), row.getString("code"),
				row.getString("procedure_name"), row.getString("agency_name"),
				DossierStatus.valueOf(row.getString("status")), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("submitted_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

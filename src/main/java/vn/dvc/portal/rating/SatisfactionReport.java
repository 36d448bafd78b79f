package vn.dvc.portal.rating;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ratings of a period, one row per month, agency and procedure (a rating counts in the month
 * it was first given).
 *
 * @param criteria the questions of the rows: those in the survey and retired ones answered in the period
 */
public record SatisfactionReport(List<CriterionView> criteria, List<Row> rows) {

	/**
	 * @param ratings the number of ratings
	 * @param shares the answers to each question, by question
	 */
	public record Row(YearMonth month, UUID agencyId, String agencyName, String procedureCode, String procedureName,
			long ratings, Map<UUID, Shares> shares) {

		public Shares sharesOf(UUID criterion) {
			return this.shares.getOrDefault(criterion, Shares.NONE);
		}

	}

	/** One question over a whole year, for the home page. */
	public record Overall(CriterionView criterion, Shares shares) {
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public long ratings() {
		return this.rows.stream().mapToLong(Row::ratings).sum();
	}

}

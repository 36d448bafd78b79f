package vn.dvc.portal.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.shared.PortalTime;

/**
 * The figures of the ratings: per agency, procedure and month, the number of ratings and the
 * share of each answer to each question, for the statistics page, its exports and the home page.
 */
@Service("satisfactionFigures")
public class SatisfactionFigures {

	private static final String MONTH = "to_char(r.given_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')";

	private final NamedParameterJdbcTemplate jdbc;

	private final Criteria criteria;

	SatisfactionFigures(NamedParameterJdbcTemplate jdbc, Criteria criteria) {
		this.jdbc = jdbc;
		this.criteria = criteria;
	}

	/** The ratings first given from the first day to the day before the second, of one agency or all. */
	@Transactional(readOnly = true)
	public SatisfactionReport report(LocalDate from, LocalDate until, Optional<UUID> agency) {
		MapSqlParameterSource parameters = period(from, until);
		String where = " where r.given_at >= :start and r.given_at < :end";
		if (agency.isPresent()) {
			where += " and r.agency_id = :agency";
			parameters.addValue("agency", agency.get());
		}
		Map<RowKey, long[]> counts = new LinkedHashMap<>();
		Map<RowKey, String[]> names = new HashMap<>();
		this.jdbc.query("select " + MONTH + " as month, r.agency_id, r.procedure_code, min(r.agency_name) as agency_name,"
				+ " min(r.procedure_name) as procedure_name, count(*) as ratings from rating r" + where
				+ " group by 1, r.agency_id, r.procedure_code order by 1, 4, 5", parameters, row -> {
					RowKey key = new RowKey(row.getString("month"), row.getObject("agency_id", UUID.class),
							row.getString("procedure_code"));
					counts.put(key, new long[] { row.getLong("ratings") });
					names.put(key, new String[] { row.getString("agency_name"), row.getString("procedure_name") });
				});
		Map<RowKey, Map<UUID, Shares>> shares = new HashMap<>();
		Set<UUID> answered = new HashSet<>();
		this.jdbc.query("select " + MONTH + " as month, r.agency_id, r.procedure_code, a.criterion_id, a.answer,"
				+ " count(*) as answers from rating r join rating_answer a on a.rating_id = r.id" + where
				+ " group by 1, r.agency_id, r.procedure_code, a.criterion_id, a.answer", parameters, row -> {
					RowKey key = new RowKey(row.getString("month"), row.getObject("agency_id", UUID.class),
							row.getString("procedure_code"));
					UUID criterion = row.getObject("criterion_id", UUID.class);
					answered.add(criterion);
					shares.computeIfAbsent(key, k -> new HashMap<>())
						.merge(criterion, Shares.NONE.plus(Answer.valueOf(row.getString("answer")), row.getLong("answers")),
								SatisfactionFigures::merged);
				});
		List<SatisfactionReport.Row> rows = new ArrayList<>();
		counts.forEach((key, count) -> rows.add(new SatisfactionReport.Row(YearMonth.parse(key.month()), key.agency(),
				names.get(key)[0], key.procedureCode(), names.get(key)[1], count[0],
				Map.copyOf(shares.getOrDefault(key, Map.of())))));
		return new SatisfactionReport(criteriaOf(answered), rows);
	}

	/** The template's way in: a year, or one month of it, of one agency or (null) all. */
	public SatisfactionReport report(int year, Integer month, UUID agency) {
		LocalDate from = (month == null) ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
		return report(from, (month == null) ? from.plusYears(1) : from.plusMonths(1), Optional.ofNullable(agency));
	}

	/** Each question of the survey over the whole year, all agencies together. */
	@Transactional(readOnly = true)
	public List<SatisfactionReport.Overall> overall(int year) {
		MapSqlParameterSource parameters = period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
		Map<UUID, Shares> shares = new HashMap<>();
		this.jdbc.query("select a.criterion_id, a.answer, count(*) as answers from rating r"
				+ " join rating_answer a on a.rating_id = r.id where r.given_at >= :start and r.given_at < :end"
				+ " group by a.criterion_id, a.answer", parameters,
				row -> {
					shares.merge(row.getObject("criterion_id", UUID.class),
							Shares.NONE.plus(Answer.valueOf(row.getString("answer")), row.getLong("answers")),
							SatisfactionFigures::merged);
				});
		return this.criteria.findActive()
			.stream()
			.map(criterion -> new SatisfactionReport.Overall(criterion.view(),
					shares.getOrDefault(criterion.id(), Shares.NONE)))
			.toList();
	}

	private static Shares merged(Shares a, Shares b) {
		Shares sum = a;
		for (Map.Entry<Answer, Long> entry : b.counts().entrySet()) {
			sum = sum.plus(entry.getKey(), entry.getValue());
		}
		return sum;
	}

	/** The survey's questions and the retired ones the period answered, in the survey's order. */
	private List<CriterionView> criteriaOf(Set<UUID> answered) {
		return this.criteria.findAllInOrder()
			.stream()
			.filter(criterion -> !criterion.isRetired() || answered.contains(criterion.id()))
			.map(Criterion::view)
			.sorted(Comparator.comparing(CriterionView::retired).thenComparing(CriterionView::position))
			.toList();
	}

	private static MapSqlParameterSource period(LocalDate from, LocalDate until) {
		return new MapSqlParameterSource()
			.addValue("start", OffsetDateTime.ofInstant(from.atStartOfDay(PortalTime.ZONE).toInstant(), ZoneOffset.UTC))
			.addValue("end", OffsetDateTime.ofInstant(until.atStartOfDay(PortalTime.ZONE).toInstant(), ZoneOffset.UTC));
	}

	private record RowKey(String month, UUID agency, String procedureCode) {

		RowKey {
			Objects.requireNonNull(month);
		}

	}

}

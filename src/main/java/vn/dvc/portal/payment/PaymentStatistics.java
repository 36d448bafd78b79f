package vn.dvc.portal.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.shared.PortalTime;

/**
 * Amounts collected per agency and month, online and at the counter, and the share of paying
 * dossiers that paid online, for a year.
 */
@Service
public class PaymentStatistics {

	/** One agency's month. */
	public record Row(String month, UUID agencyId, String agencyName, long onlineCount, long onlineVnd,
			long counterCount, long counterVnd) {

		public long totalVnd() {
			return this.onlineVnd + this.counterVnd;
		}

	}

	/** @param onlineShare dossiers paid online over dossiers paid, in percent; null when none paid */
	public record Year(int year, List<Row> rows, long dossiersPaid, long dossiersPaidOnline, Double onlineShare,
			long totalVnd) {
	}

	private final PaymentOrders orders;

	private final Catalog catalog;

	PaymentStatistics(PaymentOrders orders, Catalog catalog) {
		this.orders = orders;
		this.catalog = catalog;
	}

	/** The year's figures, of one agency or (null) of all. */
	@Transactional(readOnly = true)
	public Year of(int year, UUID agencyId) {
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(PortalTime.ZONE).toInstant();
		Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(PortalTime.ZONE).toInstant();
		Map<UUID, String> names = this.catalog.agencies()
			.stream()
			.collect(Collectors.toMap(agency -> agency.id().value(), AgencySummary::name));
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Object[] figure : this.orders.collectedBetween(from, to)) {
			UUID agency = (UUID) figure[0];
			if (agencyId != null && !agencyId.equals(agency)) {
				continue;
			}
			String month = (String) figure[1];
			boolean online = "ONLINE".equals(figure[2]);
			long count = ((Number) figure[3]).longValue();
			long amount = ((Number) figure[4]).longValue();
			rows.merge(month + agency, new Row(month, agency, names.getOrDefault(agency, ""), online ? count : 0,
					online ? amount : 0, online ? 0 : count, online ? 0 : amount),
					(a, b) -> new Row(a.month(), a.agencyId(), a.agencyName(), a.onlineCount() + b.onlineCount(),
							a.onlineVnd() + b.onlineVnd(), a.counterCount() + b.counterCount(),
							a.counterVnd() + b.counterVnd()));
		}
		long paid = (agencyId == null) ? this.orders.dossiersPaidBetween(from, to)
				: this.orders.dossiersPaidBetweenIn(from, to, agencyId);
		long paidOnline = (agencyId == null) ? this.orders.dossiersPaidOnlineBetween(from, to)
				: this.orders.dossiersPaidOnlineBetweenIn(from, to, agencyId);
		List<Row> list = List.copyOf(rows.values());
		return new Year(year, list, paid, paidOnline, (paid == 0) ? null : 100.0 * paidOnline / paid,
				list.stream().mapToLong(Row::totalVnd).sum());
	}

}

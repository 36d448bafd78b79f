package vn.dvc.portal.stats.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.catalog.AgencyId;
import vn.dvc.portal.catalog.AgencySummary;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.stats.Report;
import vn.dvc.portal.stats.ReportPeriod;
import vn.dvc.portal.shared.web.Downloads;
import vn.dvc.portal.stats.ReportExports;
import vn.dvc.portal.stats.Statistics;

/**
 * The monthly report: officers see their own agency, administrators all agencies or one. The same
 * report exports to XLSX and CSV.
 */
@Controller
class StatsController {

	private final Statistics statistics;

	private final Catalog catalog;

	StatsController(Statistics statistics, Catalog catalog) {
		this.statistics = statistics;
		this.catalog = catalog;
	}

	@GetMapping("/stats")
	String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) UUID agency, @AuthenticationPrincipal PortalUser user, Model model) {
		Scope scope = scope(user, year, month, agency);
		Report report = this.statistics.report(scope.period(), scope.agency());
		model.addAttribute("report", report);
		model.addAttribute("columns", ReportExports.COLUMNS);
		model.addAttribute("year", scope.year());
		model.addAttribute("month", scope.month());
		model.addAttribute("agency", scope.agency().orElse(null));
		model.addAttribute("agencyName", scope.agency().flatMap(id -> this.catalog.agency(new AgencyId(id)))
			.map(AgencySummary::name)
			.orElse(null));
		model.addAttribute("agencies", user.role() == Role.ADMIN ? this.catalog.agencies() : List.of());
		model.addAttribute("chart", this.statistics.chart(scope.year(), scope.agency()));
		model.addAttribute("late", this.statistics.late(scope.agency()));
		int thisYear = this.statistics.today().getYear();
		model.addAttribute("years", IntStream.rangeClosed(thisYear - 4, thisYear).boxed().toList());
		return "stats/report";
	}

	@GetMapping("/stats/export.xlsx")
	ResponseEntity<Resource> xlsx(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month, @RequestParam(required = false) UUID agency,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		Scope scope = scope(user, year, month, agency);
		byte[] bytes = this.statistics.xlsx(scope.period(), scope.agency(), locale);
		return Downloads.attachment(new ByteArrayResource(bytes),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length,
				scope.fileName() + ".xlsx");
	}

	@GetMapping("/stats/export.csv")
	ResponseEntity<Resource> csv(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month, @RequestParam(required = false) UUID agency,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		Scope scope = scope(user, year, month, agency);
		byte[] bytes = this.statistics.csv(scope.period(), scope.agency(), locale);
		return Downloads.attachment(new ByteArrayResource(bytes), "text/csv;charset=UTF-8",
				bytes.length, scope.fileName() + ".csv");
	}

	/** What a person may see: an officer only their agency, an administrator any or all. */
	private Scope scope(PortalUser user, Integer year, Integer month, UUID agency) {
		LocalDate today = this.statistics.today();
		int y = (year != null && year >= 2000 && year <= today.getYear() + 1) ? year : today.getYear();
		Integer m = (month != null && month >= 1 && month <= 12) ? month : null;
		Optional<UUID> scoped = (user.role() == Role.OFFICER) ? user.agencyId() : Optional.ofNullable(agency);
		ReportPeriod period = (m == null) ? ReportPeriod.year(y) : ReportPeriod.month(YearMonth.of(y, m));
		return new Scope(y, m, scoped, period);
	}

	private record Scope(int year, Integer month, Optional<UUID> agency, ReportPeriod period) {

		String fileName() {
			return "bao-cao-" + this.year + ((this.month != null) ? "-" + String.format("%02d", this.month) : "");
		}

	}

}

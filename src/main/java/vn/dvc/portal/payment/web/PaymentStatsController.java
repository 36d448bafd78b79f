package vn.dvc.portal.payment.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.payment.PaymentStatistics;
import vn.dvc.portal.shared.PortalTime;

/** Fees collected per agency and month: an officer sees their agency, an administrator every agency. */
@Controller
class PaymentStatsController {

	private final PaymentStatistics statistics;

	private final Clock clock;

	PaymentStatsController(PaymentStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/stats/payments")
	String show(@RequestParam(required = false) Integer year, @AuthenticationPrincipal PortalUser user, Model model) {
		int thisYear = LocalDate.now(this.clock.withZone(PortalTime.ZONE)).getYear();
		int shown = (year == null || year < 2000 || year > thisYear + 1) ? thisYear : year;
		model.addAttribute("figures", this.statistics.of(shown,
				(user.role() == Role.OFFICER) ? user.agencyId().orElse(null) : null));
		return "payment/stats";
	}

}

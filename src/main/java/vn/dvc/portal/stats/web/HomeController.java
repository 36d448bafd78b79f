package vn.dvc.portal.stats.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dvc.portal.stats.Statistics;

/** The public home page: search, tracking, and the year's figures as the seed's portal shows them. */
@Controller
class HomeController {

	private final Statistics statistics;

	HomeController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("figures", this.statistics.publicFigures(this.statistics.today().getYear()));
		model.addAttribute("waiting", this.statistics.waitingForReturn());
		return "home";
	}

}

package vn.dvc.portal.catalog.web.admin;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.catalog.WorkingCalendar;
import vn.dvc.portal.shared.PortalTime;

/** The holiday calendar that working-day deadlines skip. */
@Controller
class HolidayAdminController {

	private final WorkingCalendar calendar;

	private final Clock clock;

	HolidayAdminController(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/admin/holidays")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year > 1990 && year < 2200) ? year : PortalTime.dayOf(this.clock.instant()).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("holidays", this.calendar.holidays(shown));
		return "admin/holidays";
	}

	@PostMapping("/admin/holidays")
	String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		if (day == null || name == null || name.isBlank() || name.length() > 120) {
			redirect.addFlashAttribute("warningKey", "admin.holiday.invalid");
			return "redirect:/admin/holidays";
		}
		this.calendar.setHoliday(day, name.trim());
		redirect.addFlashAttribute("successKey", "admin.saved");
		return "redirect:/admin/holidays?year=" + day.getYear();
	}

	@PostMapping("/admin/holidays/delete")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		this.calendar.removeHoliday(day);
		redirect.addFlashAttribute("successKey", "admin.holiday.removed");
		return "redirect:/admin/holidays?year=" + day.getYear();
	}

}

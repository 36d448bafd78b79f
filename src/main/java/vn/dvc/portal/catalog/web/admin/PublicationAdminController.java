package vn.dvc.portal.catalog.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.catalog.CatalogPublishing;
import vn.dvc.portal.catalog.ImportOutcome;
import vn.dvc.portal.catalog.ProcedureId;
import vn.dvc.portal.catalog.PublicationRefusedException;

/**
 * Publishing the yearly list: upload the province's file, read the preview, publish it under the
 * decision.
 */
@Controller
class PublicationAdminController {

	private final CatalogPublishing publishing;

	PublicationAdminController(CatalogPublishing publishing) {
		this.publishing = publishing;
	}

	@GetMapping("/admin/publications")
	String list(Model model) {
		model.addAttribute("publications", this.publishing.publications());
		return "admin/publications";
	}

	@PostMapping("/admin/publications/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal(expression = "displayName") String admin, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("warningKey", "import.fileRequired");
			return "redirect:/admin/publications";
		}
		try (InputStream in = file.getInputStream()) {
			UUID id = this.publishing.read(file.getOriginalFilename(), in, file.getSize(), admin);
			return "redirect:/admin/publications/imports/" + id;
		}
	}

	@GetMapping("/admin/publications/imports/{id}")
	String preview(@PathVariable UUID id, Model model) {
		model.addAttribute("preview", this.publishing.preview(id));
		model.addAttribute("outcomes", ImportOutcome.values());
		return "admin/import-preview";
	}

	@PostMapping("/admin/publications/imports/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(defaultValue = "false") boolean confirmStops,
			@RequestParam(name = "stop", required = false) List<UUID> stops,
			@AuthenticationPrincipal(expression = "displayName") String admin, RedirectAttributes redirect) {
		// The procedures to stop count as confirmed only with the box ticked, and only those the page named.
		Set<ProcedureId> confirmed = (confirmStops && stops != null)
				? stops.stream().map(ProcedureId::new).collect(Collectors.toSet()) : Set.of();
		try {
			this.publishing.publish(id, decisionNumber, decisionDate, effectiveFrom, confirmed, admin);
			redirect.addFlashAttribute("successKey", "import.published");
			return "redirect:/admin/publications";
		}
		catch (PublicationRefusedException ex) {
			redirect.addFlashAttribute("warningKey", ex.reasonKey());
			return "redirect:/admin/publications/imports/" + id;
		}
	}

}

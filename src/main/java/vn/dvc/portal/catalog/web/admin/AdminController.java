package vn.dvc.portal.catalog.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.CatalogPublishing;

/** The administrator's start page. */
@Controller
class AdminController {

	private final Catalog catalog;

	private final CatalogAdministration administration;

	private final CatalogPublishing publishing;

	AdminController(Catalog catalog, CatalogAdministration administration, CatalogPublishing publishing) {
		this.catalog = catalog;
		this.administration = administration;
		this.publishing = publishing;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("agencies", this.catalog.agencies().size());
		model.addAttribute("procedures", this.administration.allProcedures().size());
		model.addAttribute("publications", this.publishing.publications());
		return "admin/index";
	}

}

package vn.dvc.portal.documents.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.dvc.portal.documents.DocumentStore;
import vn.dvc.portal.shared.NotFoundException;

/**
 * "Kho dữ liệu": the citizen's own e-documents (digitised papers and results). A citizen's login is
 * their ID number, which is whose documents these are.
 */
@Controller
class DocumentStoreController {

	private final DocumentStore store;

	DocumentStoreController(DocumentStore store) {
		this.store = store;
	}

	@GetMapping("/my/documents")
	String list(@AuthenticationPrincipal(expression = "username") String idNumber, Model model) {
		model.addAttribute("documents", this.store.documentsOf(idNumber));
		return "documents/store";
	}

	@GetMapping("/my/documents/{id}/file")
	ResponseEntity<Resource> download(@PathVariable UUID id,
			@AuthenticationPrincipal(expression = "username") String idNumber) {
		return this.store.openFor(idNumber, id).orElseThrow(() -> new NotFoundException("Document")).asDownload();
	}

}

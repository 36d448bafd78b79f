package vn.dvc.portal.dossier.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.dossier.DossierFiles;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.DossierPapers;
import vn.dvc.portal.shared.web.Downloads;

/**
 * Downloads of a dossier's files, results and papers, for those who may see the dossier: the
 * citizen who filed it and the officers of its agency. Anyone else gets "not found".
 */
@Controller
class DossierFileController {

	private final DossierFiles files;

	private final DossierPapers papers;

	DossierFileController(DossierFiles files, DossierPapers papers) {
		this.files = files;
		this.papers = papers;
	}

	@GetMapping("/files/dossiers/{dossierId}/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable UUID dossierId, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal PortalUser user) {
		return this.files.open(user, new DossierId(dossierId), attachmentId).asDownload();
	}

	@GetMapping("/files/dossiers/{dossierId}/results/{resultId}")
	ResponseEntity<Resource> result(@PathVariable UUID dossierId, @PathVariable UUID resultId,
			@AuthenticationPrincipal PortalUser user) {
		return this.files.openResult(user, new DossierId(dossierId), resultId).asDownload();
	}

	@GetMapping("/papers/dossiers/{dossierId}/receipt.pdf")
	ResponseEntity<Resource> receipt(@PathVariable UUID dossierId, @AuthenticationPrincipal PortalUser user) {
		return Downloads.pdf(this.papers.receipt(user, new DossierId(dossierId)), "giay-tiep-nhan-ho-so.pdf");
	}

	@GetMapping("/papers/dossiers/{dossierId}/apologies/{letterId}.pdf")
	ResponseEntity<Resource> apology(@PathVariable UUID dossierId, @PathVariable UUID letterId,
			@AuthenticationPrincipal PortalUser user) {
		return Downloads.pdf(this.papers.apology(user, new DossierId(dossierId), letterId), "phieu-xin-loi.pdf");
	}

}

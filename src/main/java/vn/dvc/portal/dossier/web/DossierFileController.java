package vn.dvc.portal.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.DossierFiles;
import vn.dvc.portal.dossier.DossierId;

/** Downloads of a dossier's files, for those who may see the dossier. */
@Controller
class DossierFileController {

	private final DossierFiles files;

	DossierFileController(DossierFiles files) {
		this.files = files;
	}

	@GetMapping("/files/dossiers/{dossierId}/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable UUID dossierId, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal PortalUser user) {
		Documents.Content content = this.files.open(user, new DossierId(dossierId), attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.document().format().mediaType()))
			.contentLength(content.document().sizeBytes())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.document().originalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content.resource());
	}

}

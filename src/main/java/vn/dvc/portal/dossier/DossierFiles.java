package vn.dvc.portal.dossier;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.Role;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.events.DossierStatus;
import vn.dvc.portal.shared.NotFoundException;

/**
 * Hands out a dossier's files, and only to those who may see the dossier: the citizen who filed
 * it, and the officers of the agency it was sent to once it is no longer a draft. Anyone else is
 * told the file does not exist.
 */
@Service
public class DossierFiles {

	private final Dossiers dossiers;

	private final Documents documents;

	DossierFiles(Dossiers dossiers, Documents documents) {
		this.dossiers = dossiers;
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	public Documents.Content open(PortalUser user, DossierId dossierId, UUID attachmentId) {
		Dossier dossier = this.dossiers.findWithAttachmentsById(dossierId.value())
			.filter(candidate -> mayRead(user, candidate))
			.orElseThrow(() -> new NotFoundException("Dossier"));
		DossierAttachment attachment = dossier.attachment(attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment"));
		return this.documents.open(attachment.fileId()).orElseThrow(() -> new NotFoundException("File"));
	}

	/** A result document of the dossier, for those who may see the dossier. */
	@Transactional(readOnly = true)
	public Documents.Content openResult(PortalUser user, DossierId dossierId, UUID resultId) {
		Dossier dossier = this.dossiers.findById(dossierId.value())
			.filter(candidate -> mayRead(user, candidate))
			.orElseThrow(() -> new NotFoundException("Dossier"));
		DossierResult result = dossier.results()
			.stream()
			.filter(candidate -> candidate.id().equals(resultId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Result"));
		return this.documents.open(result.fileId()).orElseThrow(() -> new NotFoundException("File"));
	}

	static boolean mayRead(PortalUser user, Dossier dossier) {
		if (user.role() == Role.CITIZEN) {
			return dossier.isAppliedBy(user.accountId().value());
		}
		if (user.role() == Role.OFFICER) {
			return dossier.status() != DossierStatus.DRAFT
					&& user.agencyId().map(agency -> agency.equals(dossier.agencyId())).orElse(false);
		}
		return false;
	}

}

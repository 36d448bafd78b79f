package vn.dvc.portal.dossier;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Dossiers extends JpaRepository<Dossier, UUID> {

	Optional<Dossier> findByApplicantIdAndFormKey(UUID applicantId, UUID formKey);

	Page<Dossier> findByApplicantId(UUID applicantId, Pageable pageable);

	Optional<Dossier> findByCode(String code);

	@EntityGraph(attributePaths = "attachments")
	Optional<Dossier> findWithAttachmentsById(UUID id);

}

package vn.dvc.portal.documents;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDocuments extends JpaRepository<PersonalDocument, UUID> {

	List<PersonalDocument> findByOwnerIdNumberOrderByCreatedAtDesc(String ownerIdNumber);

	boolean existsByDocumentCode(String documentCode);

}

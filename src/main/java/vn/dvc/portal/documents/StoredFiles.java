package vn.dvc.portal.documents;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFiles extends JpaRepository<StoredFile, UUID> {

}

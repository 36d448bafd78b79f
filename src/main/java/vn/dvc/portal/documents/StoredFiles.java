package vn.dvc.portal.documents;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFiles extends JpaRepository<StoredFile, UUID> {

	/** Which of these storage keys have a row. */
	@Query("select f.storageKey from StoredFile f where f.storageKey in :keys")
	List<String> findExistingKeys(Collection<String> keys);

}

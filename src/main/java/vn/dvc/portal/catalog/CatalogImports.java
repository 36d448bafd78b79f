package vn.dvc.portal.catalog;

import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogImports extends JpaRepository<CatalogImport, UUID> {

	@EntityGraph(attributePaths = "rows")
	java.util.Optional<CatalogImport> findWithRowsById(UUID id);

}

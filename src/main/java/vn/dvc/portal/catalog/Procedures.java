package vn.dvc.portal.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Procedures extends JpaRepository<Procedure, UUID>, JpaSpecificationExecutor<Procedure> {

	@EntityGraph(attributePaths = { "agency", "requirements" })
	Optional<Procedure> findWithRequirementsById(UUID id);

	Optional<Procedure> findByCode(String code);

	@Query("select p from Procedure p join fetch p.agency")
	List<Procedure> findAllWithAgency();

	@Query("select p from Procedure p join fetch p.agency a where a.id in :agencyIds and p.acceptingDossiers = true "
			+ "order by a.name, p.code")
	List<Procedure> findAcceptingOf(Collection<UUID> agencyIds);

}

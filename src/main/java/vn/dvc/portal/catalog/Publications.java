package vn.dvc.portal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Publications extends JpaRepository<Publication, UUID> {

	List<Publication> findAllByOrderByPublishedAtDesc();

	boolean existsByDecisionNumber(String decisionNumber);

	@Query(value = """
			select p.* from publication p join publication_entry e on e.publication_id = p.id
			where e.procedure_id = :procedureId and p.effective_from <= :today
			order by p.effective_from desc, p.published_at desc limit 1
			""", nativeQuery = true)
	Optional<Publication> findInForceFor(UUID procedureId, LocalDate today);

}

package vn.dvc.portal.rating;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Criteria extends JpaRepository<Criterion, UUID> {

	@Query("select c from Criterion c where c.retiredAt is null order by c.position, c.question")
	List<Criterion> findActive();

	@Query("select c from Criterion c order by case when c.retiredAt is null then 0 else 1 end, c.position, c.question")
	List<Criterion> findAllInOrder();

	@Query(value = "select exists (select 1 from rating_answer where criterion_id = :id)", nativeQuery = true)
	boolean isAnswered(UUID id);

}

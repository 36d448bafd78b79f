package vn.dvc.portal.rating;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ratings extends JpaRepository<Rating, UUID> {

	Optional<Rating> findByDossierId(UUID dossierId);

	/**
	 * Waits, until the transaction ends, for any other transaction rating the same dossier: the
	 * second of two posts at once then finds the first one's rating and changes it, rather than
	 * failing on the unique constraint.
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(:space, :key)) locked", nativeQuery = true)
	int lockDossier(int space, int key);

	/** The two-key advisory locks of ratings, apart from the one-key locks other modules take. */
	int LOCK_SPACE = 0x52415445;

}

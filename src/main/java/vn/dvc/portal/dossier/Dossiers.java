package vn.dvc.portal.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import vn.dvc.portal.dossier.events.DossierStatus;

interface Dossiers extends JpaRepository<Dossier, UUID>, JpaSpecificationExecutor<Dossier> {

	Optional<Dossier> findByApplicantIdAndFormKey(UUID applicantId, UUID formKey);

	/** The dossier, its row locked until the transaction ends: posts of one form wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Dossier d where d.id = :id")
	Optional<Dossier> findForUpdate(UUID id);

	/**
	 * Waits for, then holds until the transaction ends, the lock of a form not saved yet, so that
	 * two posts of it never both create its draft nor both attach its files.
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(:key)) locked", nativeQuery = true)
	int lockFormKey(long key);

	Optional<Dossier> findByCode(String code);

	@EntityGraph(attributePaths = "attachments")
	Optional<Dossier> findWithAttachmentsById(UUID id);

	Optional<Dossier> findByIdAndAgencyId(UUID id, UUID agencyId);

	@Query("select d.status, count(d) from Dossier d where d.agencyId = :agencyId and d.status <> vn.dvc.portal.dossier.events.DossierStatus.DRAFT group by d.status")
	List<Object[]> countByStatus(UUID agencyId);

	/** Dossiers filed and not finished; the states are those of the partial index dossier_procedure_open_ix. */
	@Query("select d.procedureId, count(d) from Dossier d where d.procedureId in :procedureIds and d.status in ("
			+ "vn.dvc.portal.dossier.events.DossierStatus.SUBMITTED, vn.dvc.portal.dossier.events.DossierStatus.RECEIVED, "
			+ "vn.dvc.portal.dossier.events.DossierStatus.IN_PROGRESS, vn.dvc.portal.dossier.events.DossierStatus.AMENDMENT_REQUESTED, "
			+ "vn.dvc.portal.dossier.events.DossierStatus.PAYMENT_REQUESTED, "
			+ "vn.dvc.portal.dossier.events.DossierStatus.RESOLVED) group by d.procedureId")
	List<Object[]> countOpenByProcedure(Collection<UUID> procedureIds);

	@Query("select count(d) from Dossier d where d.agencyId = :agencyId and d.status = vn.dvc.portal.dossier.events.DossierStatus.SUBMITTED and d.receiptDueAt < :limit")
	long countReceiptDueBefore(UUID agencyId, Instant limit);

	@Query("select count(d) from Dossier d where d.agencyId = :agencyId and d.status = vn.dvc.portal.dossier.events.DossierStatus.SUBMITTED and d.receiptDueAt >= :from and d.receiptDueAt < :to")
	long countReceiptDueBetween(UUID agencyId, Instant from, Instant to);

	@Query("select count(d) from Dossier d where d.agencyId = :agencyId and d.status in :statuses and d.dueDate < :day")
	long countDueBefore(UUID agencyId, Collection<DossierStatus> statuses, LocalDate day);

	@Query("select count(d) from Dossier d where d.agencyId = :agencyId and d.status in :statuses and d.dueDate >= :from and d.dueDate <= :to")
	long countDueBetween(UUID agencyId, Collection<DossierStatus> statuses, LocalDate from, LocalDate to);

}

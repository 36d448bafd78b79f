package vn.dvc.portal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ElectronicIdentityLinks extends JpaRepository<ElectronicIdentityLink, UUID> {

	Optional<ElectronicIdentityLink> findByIssuerAndSubject(String issuer, String subject);

	Optional<ElectronicIdentityLink> findByAccountIdAndIssuer(UUID accountId, String issuer);

	List<ElectronicIdentityLink> findByAccountId(UUID accountId);

	/**
	 * Waits for, then holds until the transaction ends, the lock of one person's identity at one
	 * provider (and of their ID number), so that two first sign-ins of the same person at the same
	 * moment run one after the other: the second finds the account and link the first made.
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 7))) locked", nativeQuery = true)
	int lockIdentity(String key);

}

package vn.dvc.portal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElectronicIdentityLinks extends JpaRepository<ElectronicIdentityLink, UUID> {

	Optional<ElectronicIdentityLink> findByIssuerAndSubject(String issuer, String subject);

	Optional<ElectronicIdentityLink> findByAccountIdAndIssuer(UUID accountId, String issuer);

	List<ElectronicIdentityLink> findByAccountId(UUID accountId);

}

package vn.dvc.portal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivationTokens extends JpaRepository<ActivationToken, UUID> {

	Optional<ActivationToken> findByTokenHash(String tokenHash);

	List<ActivationToken> findByAccountIdAndUsedAtIsNull(UUID accountId);

}

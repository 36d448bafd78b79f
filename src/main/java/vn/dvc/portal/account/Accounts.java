package vn.dvc.portal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, UUID> {

	Optional<Account> findByLogin(String login);

	boolean existsByLogin(String login);

	List<Account> findByRoleInOrderByLogin(java.util.Collection<Role> roles);

}

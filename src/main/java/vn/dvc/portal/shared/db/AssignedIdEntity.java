package vn.dvc.portal.shared.db;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the portal assigns when it makes it, and that has no version: Spring Data
 * cannot tell a new one from a detached one by its id, and saved it by merging, a query for the id
 * before every insert (two of them for every dossier filed with two files). An instance made by the
 * portal is new until it is persisted; one read from the database never is.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

	@Transient
	private boolean stored;

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	protected void stored() {
		this.stored = true;
	}

}

package vn.dvc.portal.shared.db;

import org.hibernate.Interceptor;
import org.hibernate.cfg.AvailableSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells Hibernate which entities with an assigned id are new ({@link AssignedIdEntity}): merging
 * an aggregate (Spring Data's save of a dossier, to publish its events) cascades to its new
 * children, and Hibernate, unable to tell a new child from a detached one by its id, read each
 * from the database first.
 */
@Configuration(proxyBeanMethods = false)
class AssignedIds {

	@Bean
	HibernatePropertiesCustomizer assignedIdsAreTransientUntilStored() {
		return properties -> properties.put(AvailableSettings.INTERCEPTOR, new NewUntilStored());
	}

	/** Stateless, shared by every session. */
	static final class NewUntilStored implements Interceptor {

		@Override
		public Boolean isTransient(Object entity) {
			return (entity instanceof AssignedIdEntity assigned) ? assigned.isNew() : null;
		}

	}

}

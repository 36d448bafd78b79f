package vn.dvc.portal.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

import vn.dvc.portal.shared.Ids;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new entity whose id the portal assigns is inserted without a query for its id first: saved
 * through Spring Data (which merged it) and merged by Hibernate (as a dossier's save cascades to its
 * new children), counted at the statements a session sends.
 */
@PortalTest
class NewStoredFilesTest {

	@Autowired
	EntityManagerFactory entityManagers;

	@Test
	void aNewFileIsInsertedWithoutAQueryForItsId() {
		List<String> statements = new CopyOnWriteArrayList<>();
		try (Session session = this.entityManagers.unwrap(SessionFactory.class)
			.withOptions()
			.statementInspector((java.util.function.UnaryOperator<String>) sql -> {
				statements.add(sql);
				return sql;
			})
			.openSession()) {
			session.beginTransaction();
			SimpleJpaRepository<StoredFile, UUID> files = new SimpleJpaRepository<>(StoredFile.class, session);
			StoredFile saved = files.save(file());
			session.flush();
			assertThat(statements).singleElement().asString().startsWith("insert into stored_file");
			assertThat(saved.isNew()).isFalse();

			statements.clear();
			session.merge(file());
			session.flush();
			assertThat(statements).singleElement().asString().startsWith("insert into stored_file");

			// One read from the database is not new: saving it again inserts nothing.
			statements.clear();
			session.clear();
			StoredFile read = session.find(StoredFile.class, saved.getId());
			assertThat(read.isNew()).isFalse();
			files.save(read);
			session.flush();
			assertThat(statements).singleElement().asString().startsWith("select");
			session.getTransaction().rollback();
		}
	}

	private static StoredFile file() {
		UUID id = Ids.next();
		return new StoredFile(id, null, "to-khai.pdf", FileFormat.PDF, 1024, "0".repeat(64), "test/" + id,
				Instant.now());
	}

}

package vn.dvc.portal.shared.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.support.PortalDataTest;
import vn.dvc.portal.support.ReportData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The named constraints of the schema, on the real PostgreSQL with the Flyway migrations: each bad
 * row breaks exactly one rule, and the database says which. Only the persistence layer starts; the
 * rows a dossier refers to are written here, not taken from the demo data. Every test rolls back.
 */
@PortalDataTest
class SchemaConstraintsTest {

	private static final String INSERT_DOSSIER = """
			insert into dossier (id, code, form_key, procedure_id, agency_id, applicant_id, channel, status,
			    submitter_name, postal_return, recipient_name, recipient_phone, recipient_address, recipient_province,
			    created_at, updated_at, submitted_at, version, procedure_code, procedure_name, agency_name)
			values (?, ?, ?, ?, ?, ?, 'ONLINE', ?, 'Nguyễn Văn An', ?, ?, ?, ?, ?, ?, ?, ?, 0, 'TEST', 'Thủ tục thử', 'Cơ quan thử')
			""";

	private static final String INSERT_ACCOUNT = """
			insert into account (id, login, id_type, full_name, date_of_birth, password_hash, role, agency_id, status,
			    created_at, version)
			values (?, ?, ?, 'Người thử', ?, '{noop}x', ?, ?, 'ACTIVE', ?, 0)
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	private UUID procedureId;

	private UUID agencyId;

	private UUID applicantId;

	private final Timestamp now = Timestamp.from(Instant.now());

	@BeforeEach
	void references() {
		ReportData.Scope scope = ReportData.agencyWithProcedure(this.jdbc, "SCH", "UBND xã Ràng Buộc",
				"Thủ tục thử");
		this.procedureId = scope.procedure();
		this.agencyId = scope.agency();
		this.applicantId = insertAccount("test.applicant." + UUID.randomUUID(), "CITIZEN", null);
	}

	private record Row(String code, UUID formKey, String status, boolean postalReturn, String recipientName,
			Timestamp submittedAt) {

		static Row draft() {
			return new Row(null, UUID.randomUUID(), "DRAFT", false, null, null);
		}

		static Row submitted(String code) {
			return new Row(code, UUID.randomUUID(), "SUBMITTED", false, null, Timestamp.from(Instant.now()));
		}

	}

	private void insert(Row row) {
		boolean recipient = row.recipientName() != null;
		this.jdbc.update(INSERT_DOSSIER, UUID.randomUUID(), row.code(), row.formKey(), this.procedureId, this.agencyId,
				this.applicantId, row.status(), row.postalReturn(), row.recipientName(),
				recipient ? "0988745896" : null, recipient ? "Thôn A, xã Kỳ Sơn" : null,
				recipient ? "Tỉnh Hà Tĩnh" : null, this.now, this.now, row.submittedAt());
	}

	private UUID insertAccount(String login, String role, UUID agencyId) {
		boolean citizen = "CITIZEN".equals(role);
		UUID id = UUID.randomUUID();
		this.jdbc.update(INSERT_ACCOUNT, id, login, citizen ? "CCCD" : null,
				citizen ? java.sql.Date.valueOf("1990-05-17") : null, role, agencyId, this.now);
		return id;
	}

	private static void assertRefusedBy(String constraint, Runnable insert) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(insert::run)
			.withMessageContaining("\"" + constraint + "\"");
	}

	/**
	 * The slice's Flyway knows the Java migrations too: one that ran without them would leave the
	 * JVM's database without V10.1, and every later context would refuse the schema. Asked of this
	 * Flyway, not of the history table, which another context may have filled.
	 */
	@Test
	void theSchemaIsMigratedWithItsJavaMigrations() {
		assertThat(Arrays.stream(this.flyway.info().all()))
			.anySatisfy(migration -> {
				assertThat(migration.getVersion().getVersion()).isEqualTo("10.1");
				assertThat(migration.getState().isResolved()).isTrue();
				assertThat(migration.getState().isApplied()).isTrue();
			});
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void theValidRowsOfTheseTestsAreAccepted() {
		assertThatCode(() -> {
			insert(Row.draft());
			insert(Row.submitted("TEST.OK-991231-0001"));
			insert(new Row("TEST.OK-991231-0002", UUID.randomUUID(), "SUBMITTED", true, "Trần Thị Bình",
					Timestamp.from(Instant.now())));
			insert(new Row(null, UUID.randomUUID(), "DRAFT", true, null, null));
			insertAccount("test.officer.ok", "OFFICER", this.agencyId);
			insertAccount("test.admin.ok", "ADMIN", null);
		}).doesNotThrowAnyException();
	}

	@Test
	void twoDossiersCannotShareACode() {
		insert(Row.submitted("TEST.DUP-991231-0001"));
		assertRefusedBy("dossier_code_uk", () -> insert(Row.submitted("TEST.DUP-991231-0001")));
	}

	@Test
	void oneFormCannotCreateTwoDossiers() {
		UUID formKey = UUID.randomUUID();
		insert(new Row(null, formKey, "DRAFT", false, null, null));
		assertRefusedBy("dossier_form_key_uk", () -> insert(new Row(null, formKey, "DRAFT", false, null, null)));
	}

	@Test
	void aDossierPastTheDraftHasACode() {
		assertRefusedBy("dossier_code_issued_ck", () -> insert(new Row(null, UUID.randomUUID(), "SUBMITTED", false,
				null, Timestamp.from(Instant.now()))));
	}

	@Test
	void theStatusIsOneOfTheKnownOnes() {
		assertRefusedBy("dossier_status_ck", () -> insert(new Row("TEST.ST-991231-0001", UUID.randomUUID(),
				"ARCHIVED", false, null, Timestamp.from(Instant.now()))));
	}

	@Test
	void aSubmittedPostalReturnNamesItsRecipient() {
		assertRefusedBy("dossier_postal_recipient_ck", () -> insert(new Row("TEST.PR-991231-0001", UUID.randomUUID(),
				"SUBMITTED", true, null, Timestamp.from(Instant.now()))));
	}

	@Test
	void twoAccountsCannotShareALogin() {
		insertAccount("test.duplicate", "ADMIN", null);
		assertRefusedBy("account_login_uk", () -> insertAccount("test.duplicate", "ADMIN", null));
	}

	@Test
	void anOfficerBelongsToAnAgency() {
		assertRefusedBy("account_officer_agency_ck", () -> insertAccount("test.officer.alone", "OFFICER", null));
	}

}

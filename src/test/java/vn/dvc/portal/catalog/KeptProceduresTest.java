package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.catalog.ProcedureChanges.RequirementChange;
import vn.dvc.portal.documents.FileFormat;
import vn.dvc.portal.support.ContentChanges;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A procedure's details kept in memory: read once from the database, then served as kept until the
 * catalogue changes; an administrator's change of the procedure, of its requirements or of its
 * agency shows at the next read.
 */
@PortalTest
class KeptProceduresTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	KeptProcedures kept;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	private String suffix;

	private AgencyId agency;

	private ProcedureId procedure;

	@BeforeEach
	void aProcedureOfItsOwn() {
		this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.agency = this.administration.createAgency(new NewAgency("KEPT." + this.suffix, "Sở Giữ " + this.suffix,
				AdminLevel.PROVINCE, null, null, null, null));
		this.procedure = this.administration.createProcedure(new NewProcedure("1.KEPT." + this.suffix,
				"Thủ tục giữ " + this.suffix, "Lĩnh vực thử", this.agency, ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 5,
				0, null, false, false, null, null,
				List.of(new NewProcedure.Requirement("Tờ khai", true, Set.of(FileFormat.PDF), null))));
	}

	@Test
	void aSecondReadIsServedFromMemory() throws InterruptedException {
		// This node hears its own changes back from PostgreSQL too, and drops what it keeps again.
		new ContentChanges(this.jdbc, this.context).heardEveryChange();
		ProcedureDetails first = this.catalog.procedure(this.procedure).orElseThrow();
		// A change behind the portal's back (no notification): what was kept is still shown.
		this.jdbc.update("update procedure set name = ? where id = ?", "Đổi ngầm " + this.suffix, this.procedure.value());
		ProcedureDetails second = this.catalog.procedure(this.procedure).orElseThrow();
		assertThat(second).isSameAs(first);
		assertThat(second.summary().name()).isEqualTo("Thủ tục giữ " + this.suffix);
	}

	@Test
	void aRevisionShowsAtTheNextRead() {
		ProcedureDetails before = this.catalog.procedure(this.procedure).orElseThrow();
		RequirementDetails form = before.requirements().get(0);
		this.administration.reviseProcedure(this.procedure,
				new ProcedureChanges("Thủ tục đã sửa " + this.suffix, "Lĩnh vực thử", this.agency, ServiceLevel.FULL_ONLINE,
						AdminLevel.PROVINCE, 7, 0, null, false, false, null, null,
						List.of(new RequirementChange(form.id(), form.name(), true, Set.of(FileFormat.PDF), null, false),
								new RequirementChange(null, "Bản sao giấy tờ", true, Set.of(FileFormat.PDF), null, false))),
				"admin");

		ProcedureDetails after = this.catalog.procedure(this.procedure).orElseThrow();
		assertThat(after.summary().name()).isEqualTo("Thủ tục đã sửa " + this.suffix);
		assertThat(after.summary().processingDays()).isEqualTo(7);
		assertThat(after.requirements()).extracting(RequirementDetails::name).containsExactly("Tờ khai", "Bản sao giấy tờ");
		assertThat(after.revision()).isGreaterThan(before.revision());
	}

	@Test
	void anAgencyRenamedShowsInItsProceduresAtTheNextRead() {
		assertThat(this.catalog.procedure(this.procedure).orElseThrow().summary().agency().name())
			.isEqualTo("Sở Giữ " + this.suffix);
		this.administration.updateAgency(this.agency, new NewAgency("KEPT." + this.suffix, "Sở Đổi Tên " + this.suffix,
				AdminLevel.PROVINCE, null, null, null, null));
		assertThat(this.catalog.procedure(this.procedure).orElseThrow().summary().agency().name())
			.isEqualTo("Sở Đổi Tên " + this.suffix);
	}

	@Test
	void madeUpIdsAreNotKept() {
		this.catalog.procedure(this.procedure);
		long size = this.kept.size();
		for (int i = 0; i < 50; i++) {
			assertThat(this.catalog.procedure(new ProcedureId(UUID.randomUUID()))).isEmpty();
		}
		assertThat(this.kept.size()).isLessThanOrEqualTo(size);
	}

}

package vn.dvc.portal.support;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.ProcedureDetails;
import vn.dvc.portal.documents.Documents;
import vn.dvc.portal.dossier.CitizenDossiers;
import vn.dvc.portal.dossier.DeskDossiers;
import vn.dvc.portal.dossier.DossierId;
import vn.dvc.portal.dossier.ReturnMethod;

/**
 * Dossiers of the conference procedure taken through the real services as far as a test needs:
 * submitted online by the citizen, then received, or all the way to the result handed over at the
 * counter, by the demo officer of its agency.
 */
public final class FinishedDossiers {

	/** The demo officer of Sở Ngoại vụ, the agency of {@link DossierForms#conferenceProcedure}. */
	public static final String OFFICER_LOGIN = "canbo.songoaivu";

	private FinishedDossiers() {
	}

	/** Submitted online and received: its clock runs, no result yet. */
	public static DossierForms.Filed received(ApplicationContext context, PortalUser citizen) {
		CitizenDossiers citizens = context.getBean(CitizenDossiers.class);
		ProcedureDetails procedure = DossierForms.conferenceProcedure(context.getBean(Catalog.class));
		DossierForms.Filed filed = OnlineDossiers.submit(citizens, citizen, procedure,
				OnlineDossiers.ownContent(citizens, citizen, "0912345678", "Hội thảo quốc tế về du lịch biển"));
		DeskDossiers desk = context.getBean(DeskDossiers.class);
		desk.receive(officer(context), new DossierId(filed.id()), version(context, filed.id()));
		return filed;
	}

	/** Received, resolved with a result and the result handed over at the counter. */
	public static DossierForms.Filed returned(ApplicationContext context, PortalUser citizen) {
		DossierForms.Filed filed = received(context, citizen);
		DeskDossiers desk = context.getBean(DeskDossiers.class);
		PortalUser officer = officer(context);
		DossierId id = new DossierId(filed.id());
		desk.startProcessing(officer, id, version(context, filed.id()));
		byte[] pdf = TestFiles.pdf();
		desk.resolve(officer, id, version(context, filed.id()), "Đồng ý tổ chức hội thảo",
				List.of(new Documents.Upload(new ByteArrayResource(pdf), "van-ban-chap-thuan.pdf", pdf.length,
						officer.accountId().value())));
		desk.returnResult(officer, id, version(context, filed.id()), ReturnMethod.COUNTER, null, null);
		return filed;
	}

	public static PortalUser officer(ApplicationContext context) {
		return vn.dvc.portal.account.TestAccounts.staff(context, OFFICER_LOGIN);
	}

	private static long version(ApplicationContext context, UUID dossier) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select version from dossier where id = ?", Long.class, dossier);
	}

}

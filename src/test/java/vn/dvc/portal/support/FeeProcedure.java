package vn.dvc.portal.support;

import org.springframework.context.ApplicationContext;

import vn.dvc.portal.catalog.Catalog;
import vn.dvc.portal.catalog.CatalogAdministration;
import vn.dvc.portal.catalog.ProcedureDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** "Phê duyệt điều lệ hội" of Sở Nội vụ: the demo procedure whose fee (150.000 đồng) is paid online. */
public final class FeeProcedure {

	public static final String CODE = "H27.SNV.HOI.03";

	public static final long FEE_VND = 150_000;

	/** The officer of Sở Nội vụ, the procedure's agency (demo account, password {@code demo12345}). */
	public static final String OFFICER = "canbo.sonoivu";

	private FeeProcedure() {
	}

	public static ProcedureDetails of(ApplicationContext context) {
		ProcedureDetails procedure = context.getBean(Catalog.class)
			.procedure(context.getBean(CatalogAdministration.class).procedureByCode(CODE).orElseThrow())
			.orElseThrow();
		assertThat(procedure.summary().feeVnd()).isEqualTo(FEE_VND);
		assertThat(procedure.onlinePaymentOffered()).isTrue();
		return procedure;
	}

}

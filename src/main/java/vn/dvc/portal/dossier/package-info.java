/**
 * The dossier (hồ sơ): its life from draft to returned result, its code, attachments and history;
 * the citizen's forms and the public tracking page.
 *
 * <p>Other modules see it through two named interfaces: {@code dossier :: events}, what happened to
 * a dossier, and {@code dossier :: api}, the few types they may call or hold ({@link
 * vn.dvc.portal.dossier.DossierAccess} to read a dossier as the person asking may,
 * {@link vn.dvc.portal.dossier.DossierPayments} for fees, the identifiers and views they pass
 * around). The citizen's and the desk's services and views are this module's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers", allowedDependencies = { "shared",
		"catalog", "documents", "account" })
package vn.dvc.portal.dossier;

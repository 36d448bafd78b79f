/**
 * The dossier (hồ sơ): its life from draft to returned result, its code, attachments and history;
 * the citizen's forms and the public tracking page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers", allowedDependencies = { "shared",
		"catalog", "documents", "account" })
package vn.dvc.portal.dossier;

/**
 * Statistics for the monthly report, the late list, the dashboard charts, exports, and the public
 * figures of the home page. The module owns its figures: it counts every step of a dossier from the
 * dossier's events into its own tables and never reads the dossiers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = { "shared",
		"dossier :: events", "account", "catalog", "rating" })
package vn.dvc.portal.stats;

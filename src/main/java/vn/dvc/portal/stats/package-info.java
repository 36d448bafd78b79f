/**
 * Statistics for the monthly report, the late list, the dashboard charts, exports, and the public
 * figures of the home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = { "shared",
		"dossier", "account", "catalog", "rating" })
package vn.dvc.portal.stats;

/**
 * The catalogue of administrative procedures: agencies, procedures with their document
 * requirements, service and administrative levels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue", allowedDependencies = { "shared",
		"documents" })
package vn.dvc.portal.catalog;

/**
 * Demo data of the default run: the agencies and procedures of the seed documents and demo staff
 * accounts. Never loaded in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared",
		"account", "catalog", "documents" })
package vn.dvc.portal.demo;

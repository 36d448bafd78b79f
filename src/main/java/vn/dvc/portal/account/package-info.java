/**
 * Accounts of citizens, officers and administrators: registration with activation, login by ID
 * number, roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared",
		"catalog", "audit" })
package vn.dvc.portal.account;

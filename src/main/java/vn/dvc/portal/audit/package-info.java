/**
 * The audit log of security events and dossier transitions: an append-only table (the database
 * refuses UPDATE, DELETE and TRUNCATE on it), written by the modules that see the events, read by
 * administrators. It depends on nothing but {@code shared}, so that every module can write to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = "shared")
package vn.dvc.portal.audit;

/**
 * E-mail and SMS through a transactional outbox: messages are written in the transaction of the
 * change they announce and sent after it commits, with retries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared",
		"account", "dossier :: events" })
package vn.dvc.portal.notify;

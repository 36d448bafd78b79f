/**
 * Satisfaction rating (đánh giá mức độ hài lòng) of a dossier once it is returned or overdue: the
 * survey's questions the administrator keeps, one rating per dossier given by its owner or at the
 * counter on the owner's behalf, and the figures per agency, procedure and month. It asks the
 * dossier module's services whether a dossier may be rated and whose it is.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Satisfaction ratings", allowedDependencies = {
		"shared", "dossier :: api", "dossier :: events", "catalog", "account" })
package vn.dvc.portal.rating;

package vn.dvc.portal.shared.content;

/**
 * Something the public sees changed, here or on another node: whatever was derived from it (a
 * cached page, an index) must be dropped.
 *
 * @param area what changed, e.g. {@link PublicContent#CATALOG}
 */
public record PublicContentChanged(String area) {
}

/**
 * Files: uploads streamed to the file store with their SHA-256 and their type read from their
 * bytes; later the personal document store and digitisation metadata.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
package vn.dvc.portal.documents;

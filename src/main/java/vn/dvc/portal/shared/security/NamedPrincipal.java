package vn.dvc.portal.shared.security;

/** A logged-in person as the pages greet them. */
public interface NamedPrincipal {

	String displayName();

}

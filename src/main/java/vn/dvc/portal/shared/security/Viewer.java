package vn.dvc.portal.shared.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at the page, for the menus: read once per page from the security context, where
 * each {@code sec:authorize} evaluated a security expression of its own (a tenth of the time of a
 * catalogue page went into the menu's ten of them).
 */
@Component("viewer")
public class Viewer {

	/** The person behind the page: anonymous, or logged in with a name and roles. */
	public record Seen(boolean authenticated, String displayName, Set<String> roles) {

		public boolean anonymous() {
			return !this.authenticated;
		}

		public boolean citizen() {
			return this.roles.contains("ROLE_CITIZEN");
		}

		public boolean officer() {
			return this.roles.contains("ROLE_OFFICER");
		}

		public boolean admin() {
			return this.roles.contains("ROLE_ADMIN");
		}

		public boolean staff() {
			return officer() || admin();
		}

	}

	/** Whoever is not logged in. */
	public static final Seen ANONYMOUS = new Seen(false, null, Set.of());

	public Seen current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		return new Seen(true, displayName(authentication), roles);
	}

	private static String displayName(Authentication authentication) {
		return (authentication.getPrincipal() instanceof NamedPrincipal named) ? named.displayName()
				: authentication.getName();
	}

}

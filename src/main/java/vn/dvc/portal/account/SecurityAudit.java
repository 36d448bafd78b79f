package vn.dvc.portal.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

import vn.dvc.portal.audit.AuditEntry;
import vn.dvc.portal.audit.AuditKind;
import vn.dvc.portal.audit.AuditTrail;
import vn.dvc.portal.audit.Masks;

/**
 * Records Spring Security's login and access events in the audit log. Logins are shown masked
 * (an ID number as 0420******45) and keyed like the login throttle, so that the failures on one
 * account can be found together.
 */
@Component
class SecurityAudit {

	private final AuditTrail audit;

	private final LoginThrottle throttle;

	SecurityAudit(AuditTrail audit, LoginThrottle throttle) {
		this.audit = audit;
		this.throttle = throttle;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication.getPrincipal() instanceof PortalUser user) {
			this.audit.record(AuditEntry.of(AuditKind.LOGIN_SUCCEEDED)
				.by(user.accountId().value(), user.displayName())
				.about(Masks.accountLogin(user.getUsername()), this.throttle.accountKey(user.getUsername()))
				.from(ThrottledAuthenticationProvider.clientAddress(authentication)));
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		AuditKind kind = (event instanceof AuthenticationFailureBadCredentialsEvent) ? AuditKind.LOGIN_FAILED
				: AuditKind.LOGIN_REFUSED;
		this.audit.record(AuditEntry.of(kind)
			.about(Masks.login(attempt.getName()), this.throttle.accountKey(attempt.getName()))
			.from(ThrottledAuthenticationProvider.clientAddress(attempt))
			.saying(event.getException().getClass().getSimpleName()));
	}

	/** A signed-in person refused a page; anonymous visitors are sent to the login page, not recorded. */
	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !(authentication.getPrincipal() instanceof PortalUser user)) {
			return;
		}
		String path = (event.getObject() instanceof HttpServletRequest request) ? request.getRequestURI() : null;
		String address = (event.getObject() instanceof HttpServletRequest request) ? request.getRemoteAddr() : null;
		this.audit.record(AuditEntry.of(AuditKind.ACCESS_DENIED)
			.by(user.accountId().value(), user.displayName())
			.about(path, null)
			.from(address)
			.saying(user.role().name()));
	}

}

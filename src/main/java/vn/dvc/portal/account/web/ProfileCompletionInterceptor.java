package vn.dvc.portal.account.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.dvc.portal.account.PortalUser;

/**
 * A citizen whose e-identity gave no date of birth or address gives them once before filing: the
 * dossier forms send them to that short form first, and back to the procedure after.
 */
final class ProfileCompletionInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
				|| !user.awaitingProfile()) {
			return true;
		}
		String target = request.getContextPath() + ProfileController.COMPLETE_PATH;
		String procedure = request.getParameter("procedure");
		if (procedure != null && procedure.matches("[0-9a-fA-F-]{36}")) {
			target += "?procedure=" + UUID.fromString(procedure);
		}
		response.sendRedirect(target);
		return false;
	}

}

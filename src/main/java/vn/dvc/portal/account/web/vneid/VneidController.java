package vn.dvc.portal.account.web.vneid;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.dvc.portal.account.ElectronicIdAuthentication;
import vn.dvc.portal.account.ElectronicIdRefusal;
import vn.dvc.portal.account.ElectronicIdRefusedException;
import vn.dvc.portal.account.ElectronicIdentities;
import vn.dvc.portal.shared.security.LoginThrottledException;

/**
 * The pages of a sign-in with the e-identity that are the portal's own: the password that links an
 * existing account, and the page of a refused sign-in.
 */
@Controller
@Conditional(VneidConfigured.class)
class VneidController {

	private static final String LINK_VIEW = "account/vneid-link";

	private final ElectronicIdentities identities;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final SessionAuthenticationStrategy sessionStrategy;

	VneidController(ElectronicIdentities identities, Clock clock, CsrfTokenRepository csrfTokens) {
		this.identities = identities;
		this.clock = clock;
		// As after a password login: a new session id, and a new CSRF token for the signed-in person.
		this.sessionStrategy = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

	@GetMapping(VneidSignInOutcomes.LINK_PATH)
	ModelAndView linkForm(HttpServletRequest request) {
		PendingSignIn pending = pending(request);
		if (pending == null || pending.link().isExpired(this.clock.instant())) {
			return refusedRedirect(ElectronicIdRefusal.LINK_EXPIRED);
		}
		return linkPage(pending, null, HttpStatus.OK);
	}

	@PostMapping(VneidSignInOutcomes.LINK_PATH)
	ModelAndView link(@RequestParam(required = false) String password, HttpServletRequest request,
			HttpServletResponse response) {
		PendingSignIn pending = pending(request);
		if (pending == null) {
			return refusedRedirect(ElectronicIdRefusal.LINK_EXPIRED);
		}
		ElectronicIdentities.SignedIn signedIn;
		try {
			signedIn = this.identities.linkWithPassword(pending.link(), password, request.getRemoteAddr());
		}
		catch (ElectronicIdentities.WrongPasswordException ex) {
			return linkPage(pending, "vneid.link.wrongPassword", HttpStatus.UNAUTHORIZED);
		}
		catch (LoginThrottledException ex) {
			long minutes = Math.max(1, (ex.retryAfter().toSeconds() + 59) / 60);
			response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
			ModelAndView page = linkPage(pending, "login.throttled", HttpStatus.TOO_MANY_REQUESTS);
			page.addObject("retryAfterMinutes", minutes);
			return page;
		}
		catch (ElectronicIdRefusedException ex) {
			request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
			return refusedRedirect(ex.reason());
		}
		request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
		ElectronicIdAuthentication authentication = ElectronicIdAuthentication.of(signedIn.user(),
				pending.idTokenHint());
		authentication.setDetails(new WebAuthenticationDetails(request));
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		return new ModelAndView("redirect:" + VneidSignInOutcomes.startPage(signedIn.user()));
	}

	/** The person chose not to link: the waiting sign-in and its session are dropped. */
	@PostMapping(VneidSignInOutcomes.LINK_PATH + "/cancel")
	String cancel(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/login";
	}

	/** The way on to the provider's logout, once the portal's session has ended (see {@link VneidLogout}). */
	@RequestMapping(path = VneidLogout.PAGE, method = { RequestMethod.GET, RequestMethod.POST })
	String providerLogout(HttpServletRequest request, Model model) {
		if (!(request.getAttribute(VneidLogout.PROVIDER_LOGOUT) instanceof String providerLogout)) {
			return "redirect:" + VneidLogout.LOGGED_OUT;
		}
		model.addAttribute("providerLogout", providerLogout);
		return "account/vneid-logout";
	}

	@GetMapping(VneidSignInOutcomes.REFUSED_PATH)
	ModelAndView refused(@RequestParam(required = false) String reason) {
		ElectronicIdRefusal refusal = parse(reason);
		return new ModelAndView("account/vneid-refused", Map.of("messageKey", refusal.messageKey()),
				HttpStatus.valueOf(refusal.status()));
	}

	private static ElectronicIdRefusal parse(String reason) {
		for (ElectronicIdRefusal refusal : ElectronicIdRefusal.values()) {
			if (refusal.name().equals(reason)) {
				return refusal;
			}
		}
		return ElectronicIdRefusal.STALE_REQUEST;
	}

	private static ModelAndView linkPage(PendingSignIn pending, String errorKey, HttpStatus status) {
		ModelAndView page = new ModelAndView(LINK_VIEW, status);
		page.addObject("maskedLogin", pending.link().maskedLogin());
		if (errorKey != null) {
			page.addObject("errorKey", errorKey);
		}
		return page;
	}

	private static ModelAndView refusedRedirect(ElectronicIdRefusal reason) {
		return new ModelAndView("redirect:" + VneidSignInOutcomes.REFUSED_PATH + "?reason=" + reason.name());
	}

	private static PendingSignIn pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)
				? pending : null;
	}

}

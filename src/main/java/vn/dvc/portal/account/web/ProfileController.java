package vn.dvc.portal.account.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.portal.account.ElectronicIdAuthentication;
import vn.dvc.portal.account.ElectronicIdentities;
import vn.dvc.portal.account.PhoneNumber;
import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.VneidProperties;
import vn.dvc.portal.shared.NotFoundException;

/**
 * A citizen's own account: their details, the e-identity it is linked to (which they may unlink
 * when the account has a password of its own), and the details an e-identity did not give.
 */
@Controller
class ProfileController {

	static final String COMPLETE_PATH = "/my/account/complete";

	private final ElectronicIdentities identities;

	private final VneidProperties vneid;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	ProfileController(ElectronicIdentities identities, VneidProperties vneid) {
		this.identities = identities;
		this.vneid = vneid;
	}

	@GetMapping("/my/account")
	String profile(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("profile", this.identities.profile(user.accountId()).orElseThrow(() -> new NotFoundException("citizen account")));
		model.addAttribute("vneidEnabled", this.vneid.enabled());
		return "account/profile";
	}

	@PostMapping("/my/account/links/{id}/delete")
	String unlink(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		boolean unlinked = this.identities.unlink(user.accountId(), id, request.getRemoteAddr());
		redirect.addFlashAttribute(unlinked ? "successKey" : "warningKey",
				unlinked ? "profile.vneid.unlinked" : "profile.vneid.cannotUnlink");
		return "redirect:/my/account";
	}

	@GetMapping(COMPLETE_PATH)
	String initCompletionForm(@RequestParam(required = false) UUID procedure, @AuthenticationPrincipal PortalUser user,
			Model model) {
		ElectronicIdentities.AccountProfile profile = this.identities.profile(user.accountId())
			.orElseThrow(() -> new NotFoundException("citizen account"));
		ProfileCompletionForm form = new ProfileCompletionForm();
		form.setDateOfBirth(profile.details().dateOfBirth());
		form.setAddress(profile.details().address());
		form.setPhone(profile.details().phone());
		model.addAttribute("profileCompletionForm", form);
		return completionView(model, profile, procedure);
	}

	@PostMapping(COMPLETE_PATH)
	String processCompletionForm(@Valid ProfileCompletionForm profileCompletionForm, BindingResult result,
			@RequestParam(required = false) UUID procedure, @AuthenticationPrincipal PortalUser user, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<PhoneNumber> phone = PhoneNumber.parse(profileCompletionForm.getPhone());
		boolean phoneTyped = profileCompletionForm.getPhone() != null && !profileCompletionForm.getPhone().isBlank();
		if (phoneTyped && phone.isEmpty()) {
			result.rejectValue("phone", "registration.phone.format");
		}
		if (result.hasErrors()) {
			return completionView(model, this.identities.profile(user.accountId()).orElseThrow(() -> new NotFoundException("citizen account")),
					procedure);
		}
		PortalUser completed = this.identities.completeProfile(user.accountId(), profileCompletionForm.getDateOfBirth(),
				profileCompletionForm.getAddress(), phone.orElse(null));
		renewSignIn(completed, request, response);
		redirect.addFlashAttribute("successKey", "profile.completed");
		return (procedure != null) ? "redirect:/dossiers/new?procedure=" + procedure : "redirect:/my/dossiers";
	}

	private static String completionView(Model model, ElectronicIdentities.AccountProfile profile, UUID procedure) {
		model.addAttribute("profile", profile);
		model.addAttribute("procedure", procedure);
		return "account/profile-complete";
	}

	/** The session's principal becomes the account as it is now, so that the person may file. */
	private void renewSignIn(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = this.contexts.getContext().getAuthentication();
		Authentication renewed;
		if (current instanceof ElectronicIdAuthentication signedIn) {
			renewed = signedIn.withUser(user);
		}
		else {
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
					user.getAuthorities());
			token.setDetails((current != null) ? current.getDetails() : null);
			renewed = token;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(renewed);
		this.contexts.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}

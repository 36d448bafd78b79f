package vn.dvc.portal.shared.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.dvc.portal.shared.security.Viewer;

/**
 * The parts of every page that depend on no one: the public site's header as an anonymous visitor
 * sees it (per language and active menu item) and the footer with its scripts (per language),
 * rendered once and kept, where each page rendered them again (a third of the time of an uncached
 * search page). They hold no one's name or token: a logged-in viewer's header, with their name and
 * the logout form's CSRF token, is rendered with their page. The static resources' fingerprinted
 * addresses in them only change with a new build.
 */
@Component("layoutParts")
public class LayoutParts {

	/** Languages times menu items; more only from made-up language cookies, which get the default's text. */
	private static final int PARTS_KEPT = 500;

	private final ITemplateEngine templates;

	private final Cache<String, String> parts = Caffeine.newBuilder().maximumSize(PARTS_KEPT).build();

	LayoutParts(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The public site's header (fragments/public-header) for an anonymous visitor, with this menu
	 * item active, in the page's language.
	 */
	public String anonymousHeader(String menu, Locale locale) {
		return this.parts.get("header|" + locale.toLanguageTag() + "|" + menu, key -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("viewer", Viewer.ANONYMOUS);
			variables.put("menu", menu);
			return render("fragments/public-header", "header", locale, variables);
		});
	}

	/** The footer and the scripts of every page, public or back office, in the page's language. */
	public String footer(Locale locale) {
		return this.parts.get("footer|" + locale.toLanguageTag(),
				key -> render("fragments/page", "footer-and-scripts", locale, Map.of()));
	}

	private String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
		// The page's own request and response, so that links are written as the page writes them
		// (the static resources' fingerprinted addresses come from the response).
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		HttpServletResponse response = current.getResponse();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
				locale, variables);
		return this.templates.process(template, Set.of(fragment), context);
	}

}

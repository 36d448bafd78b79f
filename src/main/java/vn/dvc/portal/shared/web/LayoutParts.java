package vn.dvc.portal.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.dvc.portal.shared.security.Viewer;

/**
 * The parts of every page that depend on no one: the public site's header (per language, active
 * menu item and the viewer's roles) and the footer with its scripts (per language), rendered once
 * and kept, where each page rendered them again. They hold no one's name or token: a signed-in
 * viewer's name and the logout form with its CSRF token are rendered with each page, between the
 * header's two parts. The static resources' fingerprinted addresses in them only change with a new
 * build.
 */
@Component("layoutParts")
public class LayoutParts {

	/**
	 * Languages times menu items times kinds of viewer; more only from made-up language cookies,
	 * which get the default's text.
	 */
	private static final int PARTS_KEPT = 500;

	/** Marks, in the rendered header, where the signed-in viewer's part goes. */
	private static final String SIGNED_IN_SLOT = "<!--signed-in-->";

	private final ITemplateEngine templates;

	private final Cache<String, Header> headers = Caffeine.newBuilder().maximumSize(PARTS_KEPT).build();

	private final Cache<String, String> footers = Caffeine.newBuilder().maximumSize(PARTS_KEPT).build();

	LayoutParts(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The public site's header (fragments/public-header) for viewers with this one's roles, with
	 * this menu item active, in the page's language, in two parts: a signed-in viewer's name and
	 * logout form go between them.
	 */
	public Header header(Viewer.Seen viewer, String menu, Locale locale) {
		List<String> roles = viewer.roles().stream().sorted().toList();
		String key = locale.toLanguageTag() + "|" + menu + "|" + viewer.authenticated() + "|" + roles;
		return this.headers.get(key, ignored -> {
			Map<String, Object> variables = new HashMap<>();
			// Only what the menus read: whether someone is signed in, and their roles.
			variables.put("viewer", new Viewer.Seen(viewer.authenticated(), null, Set.copyOf(roles)));
			variables.put("menu", menu);
			variables.put("signedInSlot", SIGNED_IN_SLOT);
			String html = render("fragments/public-header", "header", locale, variables);
			int slot = html.indexOf(SIGNED_IN_SLOT);
			return new Header(html.substring(0, slot), html.substring(slot + SIGNED_IN_SLOT.length()));
		});
	}

	/** A header around the place of the signed-in viewer's name and logout form. */
	public record Header(String beforeSignedIn, String afterSignedIn) {
	}

	/** The footer and the scripts of every page, public or back office, in the page's language. */
	public String footer(Locale locale) {
		return this.footers.get(locale.toLanguageTag(),
				key -> render("fragments/page", "footer-and-scripts", locale, Map.of()));
	}

	private String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
		// The page's own request and response, so that links are written as the page writes them
		// (the static resources' fingerprinted addresses come from the response), but with
		// attributes of its own: Thymeleaf keeps a web context's variables in the request's
		// attributes, where this render's would replace the page's own (the viewer, the menu) while
		// the page is being rendered, and the page's would reach a part kept for everyone.
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = new OwnAttributes(current.getRequest());
		HttpServletResponse response = current.getResponse();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
				locale, variables);
		return this.templates.process(template, Set.of(fragment), context);
	}

	/** The page's request with attributes of its own, empty at first. */
	private static final class OwnAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		OwnAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(List.copyOf(this.attributes.keySet()));
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				this.attributes.remove(name);
			}
			else {
				this.attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.remove(name);
		}

	}

}

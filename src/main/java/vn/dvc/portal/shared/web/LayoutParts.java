package vn.dvc.portal.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import vn.dvc.portal.shared.security.Viewer;

/**
 * The parts of every page that depend on no one: the head (per language and title), the public
 * site's header (per language, active menu item and the viewer's roles) and the footer with its
 * scripts (per language), rendered once and kept, where each page rendered them again. They hold no
 * one's name or token: a signed-in viewer's name and the logout form with its CSRF token are
 * rendered with each page, between the header's two parts. The static resources' fingerprinted addresses in them only change with a new
 * build.
 */
@Component("layoutParts")
public class LayoutParts {

	/**
	 * Languages times menu items times kinds of viewer; more only from made-up language cookies,
	 * which get the default's text.
	 */
	private static final int PARTS_KEPT = 500;

	/** The pages' titles in both languages, and more. */
	private static final int HEADS_KEPT = 2_000;

	/** Marks, in the rendered header, where the signed-in viewer's part goes. */
	private static final String SIGNED_IN_SLOT = "<!--signed-in-->";

	private final PartRenderer renderer;

	private final Cache<String, Header> headers = Caffeine.newBuilder().maximumSize(PARTS_KEPT).build();

	private final Cache<String, String> footers = Caffeine.newBuilder().maximumSize(PARTS_KEPT).build();

	/** A page's title may hold what the page shows (a dossier's code): heads are kept per title. */
	private final Cache<String, String> heads = Caffeine.newBuilder().maximumSize(HEADS_KEPT).build();

	LayoutParts(PartRenderer renderer) {
		this.renderer = renderer;
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
			String html = this.renderer.fragment("fragments/public-header", "header", locale, variables);
			int slot = html.indexOf(SIGNED_IN_SLOT);
			return new Header(html.substring(0, slot), html.substring(slot + SIGNED_IN_SLOT.length()));
		});
	}

	/** A header around the place of the signed-in viewer's name and logout form. */
	public record Header(String beforeSignedIn, String afterSignedIn) {
	}

	/** The head of every page, public or back office, with this title, in the page's language. */
	public String head(String title, Locale locale) {
		return this.heads.get(locale.toLanguageTag() + '|' + title,
				key -> this.renderer.fragment("fragments/page", "head", locale, Map.of("title", title)));
	}

	/** The footer and the scripts of every page, public or back office, in the page's language. */
	public String footer(Locale locale) {
		return this.footers.get(locale.toLanguageTag(),
				key -> this.renderer.fragment("fragments/page", "footer-and-scripts", locale, Map.of()));
	}

}

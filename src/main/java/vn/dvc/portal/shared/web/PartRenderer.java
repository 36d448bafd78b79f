package vn.dvc.portal.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;

/**
 * Renders a template, or a fragment of it, to a string, during the request being served: for the
 * parts of pages that are rendered once and kept (LayoutParts, the catalogue's search page), and
 * for the part of a page rendered on its own.
 *
 * <p>The render runs on the page's own request and response, so that links are written as the page
 * writes them (the static resources' fingerprinted addresses come from the response), but with
 * request attributes of its own: Thymeleaf keeps a web context's variables in the request's
 * attributes, where this render's would replace the page's own (the viewer, the menu) while the
 * page is being rendered, and the page's would reach a part kept for everyone.
 */
@Component
public class PartRenderer {

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private volatile JakartaServletWebApplication application;

	PartRenderer(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	/** The whole template, with these variables only. */
	public String page(String template, Locale locale, Map<String, Object> variables) {
		return this.templates.process(template, context(locale, variables));
	}

	/** One fragment of the template, with these variables only. */
	public String fragment(String template, String fragment, Locale locale, Map<String, Object> variables) {
		return this.templates.process(template, Set.of(fragment), context(locale, variables));
	}

	private WebContext context(Locale locale, Map<String, Object> variables) {
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = new OwnAttributes(current.getRequest());
		HttpServletResponse response = current.getResponse();
		JakartaServletWebApplication web = this.application;
		if (web == null) {
			web = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.application = web;
		}
		Map<String, Object> all = new HashMap<>(variables);
		// As the page's view does, for what forms add through Spring (a CSRF field when the variables
		// carry a token: the request has none of its own here).
		RequestContext spring = new RequestContext(request, response, request.getServletContext(), all);
		all.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
		all.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(spring, request));
		WebContext context = new WebContext(web.buildExchange(request, response), locale, all);
		// As the page's view does, for the templates' references to beans (@viewer, @pageLinks).
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans,
						(ConversionService) current.getRequest().getAttribute(ConversionService.class.getName())));
		return context;
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

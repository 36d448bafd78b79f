package vn.dvc.portal.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, at the edge, form fields and query parameters that carry control characters (a NUL
 * byte, an escape sequence): no person types them, PostgreSQL refuses a NUL in text, and a log line
 * or a page that shows them can be forged. Tabs and line breaks stay allowed in text areas.
 */
@Configuration(proxyBeanMethods = false)
class RequestInputFilter {

	/** The message the 400 page shows. */
	static final String MESSAGE_KEY = "error.input.controlCharacters";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestInputFilterRegistration() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ControlCharacters());
		// After the character encoding filter (which must come first to decode the parameters), before
		// Spring Security and the rate limits.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
		}
		return false;
	}

	private static final class ControlCharacters extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (refused(request)) {
				request.setAttribute("messageKey", MESSAGE_KEY);
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean refused(HttpServletRequest request) {
			String query = request.getQueryString();
			if (query != null && (query.contains("%00") || hasControlCharacter(query))) {
				return true;
			}
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (hasControlCharacter(parameter.getKey())) {
					return true;
				}
				for (String value : parameter.getValue()) {
					if (value != null && hasControlCharacter(value)) {
						return true;
					}
				}
			}
			return false;
		}

	}

}

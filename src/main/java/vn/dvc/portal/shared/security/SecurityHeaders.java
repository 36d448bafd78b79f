package vn.dvc.portal.shared.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, error pages included. Spring Security writes its own only
 * on the responses that pass its filter chain; this filter runs first, on every dispatch, so that
 * the pages Spring Security never sees (an error forwarded by Tomcat, a request refused before the
 * chain) carry them too. Tomcat's own error pages get them from {@link TomcatErrorPages}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

	/** The headers, with the same values Spring Security would write. */
	static final Map<String, String> VALUES = Map.of("Content-Security-Policy",
			SecurityConfiguration.CONTENT_SECURITY_POLICY, "Referrer-Policy", "strict-origin-when-cross-origin",
			"Permissions-Policy",
			"accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
					+ "microphone=(), payment=(), usb=()",
			"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new HeadersFilter());
		// Right after the public page cache: a page served from memory replays the headers of its
		// render, these among them, and needs nothing written before.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
				DispatcherType.ASYNC);
		return registration;
	}

	static void write(HttpServletResponse response) {
		VALUES.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
	}

	private static final class HeadersFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			write(response);
			chain.doFilter(request, response);
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

	}

}

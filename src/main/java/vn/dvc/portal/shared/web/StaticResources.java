package vn.dvc.portal.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's own styles and scripts and the WebJars, served under URLs that carry their content
 * hash or version, so that browsers keep them for a year and never ask again.
 *
 * <p>Spring's {@link ResourceUrlEncodingFilter} looks every link of every page up in the resource
 * chain (class-path look-ups inside the jar), including the links that are not resources at all,
 * whose miss is never cached: that was most of the time of a catalogue page. Here only links under
 * the resource prefixes are looked up, each once.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticResources implements WebMvcConfigurer {

	static final List<String> PREFIXES = List.of("/css/", "/js/", "/webjars/");

	/** More than the portal has; links beyond it are resolved each time rather than kept. */
	private static final int MAX_REMEMBERED = 256;

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Registered before Spring Boot's own handlers, which then leave these patterns alone.
		VersionResourceResolver byContent = new VersionResourceResolver().addContentVersionStrategy("/**");
		registry.addResourceHandler("/css/**", "/js/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
			.setCacheControl(FOREVER)
			.resourceChain(true)
			.addResolver(byContent);
		// WebJars carry their version in the path (/webjars/bootstrap/5.3.8/...): immutable as they are.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(FOREVER)
			.resourceChain(true);
	}

	/** Declared as Spring's filter type, so that Spring Boot does not register its own beside it. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> rememberingResourceUrlFilter(
			ObjectProvider<ResourceUrlProvider> urls) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new RememberingResourceUrlFilter(urls));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Rewrites the links to resources into their fingerprinted form, remembering each answer; every
	 * other link goes through untouched after a prefix test.
	 */
	static final class RememberingResourceUrlFilter extends ResourceUrlEncodingFilter {

		private final ObjectProvider<ResourceUrlProvider> urls;

		private final Map<String, String> remembered = new ConcurrentHashMap<>();

		RememberingResourceUrlFilter(ObjectProvider<ResourceUrlProvider> urls) {
			this.urls = urls;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			HttpServletRequest http = (HttpServletRequest) request;
			chain.doFilter(request, new Encoding((HttpServletResponse) response, http.getContextPath()));
		}

		String encode(String contextPath, String url) {
			if (!url.startsWith(contextPath)) {
				return url;
			}
			String path = url.substring(contextPath.length());
			if (PREFIXES.stream().noneMatch(path::startsWith)) {
				return url;
			}
			int end = indexOfQueryOrFragment(path);
			String lookup = path.substring(0, end);
			String resolved = this.remembered.get(lookup);
			if (resolved == null) {
				ResourceUrlProvider provider = this.urls.getIfAvailable();
				String found = (provider != null) ? provider.getForLookupPath(lookup) : null;
				resolved = (found != null) ? found : lookup;
				if (this.remembered.size() < MAX_REMEMBERED) {
					this.remembered.put(lookup, resolved);
				}
			}
			return contextPath + resolved + path.substring(end);
		}

		private static int indexOfQueryOrFragment(String path) {
			int query = path.indexOf('?');
			int fragment = path.indexOf('#');
			int end = path.length();
			if (query >= 0) {
				end = query;
			}
			if (fragment >= 0 && fragment < end) {
				end = fragment;
			}
			return end;
		}

		private final class Encoding extends HttpServletResponseWrapper {

			private final String contextPath;

			Encoding(HttpServletResponse response, String contextPath) {
				super(response);
				this.contextPath = contextPath;
			}

			/** Never a session id in a URL: sessions travel in cookies only. */
			@Override
			public String encodeURL(String url) {
				return encode(this.contextPath, url);
			}

		}

	}

}

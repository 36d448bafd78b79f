package vn.dvc.portal.shared.web.cache;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Which pages are the same for every anonymous visitor, and for how long one rendering of them may
 * be served: the home page's figures for a short while, every other page until the catalogue
 * changes (or an hour, whichever comes first).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
@ConditionalOnProperty(name = "dvc.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PublicPageCacheConfiguration {

	/**
	 * First of all filters: a page served from memory needs no session, no observation, no
	 * security chain (its security headers are the render's). None of the rate limits counts GETs of
	 * these pages. A miss goes down the whole chain, so everything else applies to the render.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	@Bean
	PublicPages publicPages(PageCacheProperties properties) {
		return new PublicPages(properties);
	}

	@Bean
	FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicPages pages, PageCacheProperties properties,
			CsrfTokenRepository csrfTokens, Environment environment, ObjectProvider<MeterRegistry> meters) {
		List<PublicPageFilter.Rule> rules = List.of(
				new PublicPageFilter.Rule(Pattern.compile("/"), properties.figuresTimeToLive(), Set.of("loggedOut")),
				new PublicPageFilter.Rule(Pattern.compile("/procedures"), properties.pagesTimeToLive(),
						Set.of("q", "agency", "level", "adminLevel", "page")),
				new PublicPageFilter.Rule(Pattern.compile("/procedures/" + UUID), properties.pagesTimeToLive(), Set.of()),
				new PublicPageFilter.Rule(Pattern.compile("/login"), properties.pagesTimeToLive(),
						Set.of("activated", "passwordSet", "error")),
				new PublicPageFilter.Rule(Pattern.compile("/register"), properties.pagesTimeToLive(), Set.of()));
		String sessionCookie = environment.getProperty("server.servlet.session.cookie.name", "SESSION");
		FilterRegistrationBean<PublicPageFilter> registration = new FilterRegistrationBean<>(
				new PublicPageFilter(pages, rules, sessionCookie, csrfTokens, System::nanoTime,
						meters.getIfAvailable(SimpleMeterRegistry::new)));
		registration.setOrder(ORDER);
		return registration;
	}

}

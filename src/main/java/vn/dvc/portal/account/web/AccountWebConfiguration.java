package vn.dvc.portal.account.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The forms that file a dossier wait for a profile an e-identity left incomplete. */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ProfileCompletionInterceptor()).addPathPatterns("/dossiers", "/dossiers/**");
	}

}

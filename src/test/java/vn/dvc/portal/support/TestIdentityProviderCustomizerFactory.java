package vn.dvc.portal.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import vn.dvc.testidp.TestIdentityProvider;

/**
 * Every test context of the portal signs in with the e-identity through the JVM's one
 * {@link TestIdentityProvider} (application-test.properties names it with
 * {@code test-identity-provider.issuer}). One customizer for all, so that contexts are still shared.
 */
public final class TestIdentityProviderCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return Customizer.INSTANCE;
	}

	private enum Customizer implements ContextCustomizer {

		INSTANCE;

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
			TestIdentityProvider provider = TestIdentityProvider.shared();
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("test-identity-provider",
						Map.of("test-identity-provider.issuer", provider.issuer())));
		}

	}

}

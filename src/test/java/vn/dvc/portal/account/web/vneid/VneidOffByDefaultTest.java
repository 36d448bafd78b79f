package vn.dvc.portal.account.web.vneid;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.config.Customizer;

import vn.dvc.portal.account.VneidProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an issuer and a client id nothing of the e-identity sign-in exists: no customizer of the
 * security chain, no registration, no pages; blank values (an empty environment variable) count as
 * not given.
 */
class VneidOffByDefaultTest {

	private final ApplicationContextRunner portal = new ApplicationContextRunner()
		.withUserConfiguration(VneidSignInConfiguration.class, VneidController.class);

	@Test
	void withoutConfigurationThereIsNoSignInWithTheEid() {
		this.portal.run(context -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(Customizer.class)
			.doesNotHaveBean(ProviderRegistration.class)
			.doesNotHaveBean(VneidController.class));
	}

	@Test
	void blankValuesAreNotAConfiguration() {
		this.portal.withPropertyValues("dvc.vneid.issuer-uri=", "dvc.vneid.client-id= ")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Customizer.class));
		this.portal.withPropertyValues("dvc.vneid.issuer-uri=https://sso.example.vn")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Customizer.class));
	}

	@Test
	void theLoginPageOffersTheEidOnlyWhenIssuerAndClientAreGiven() {
		assertThat(properties(null, null).enabled()).isFalse();
		assertThat(properties(" ", "dvc-portal").enabled()).isFalse();
		assertThat(properties("https://sso.example.vn", "").enabled()).isFalse();
		assertThat(properties("https://sso.example.vn", "dvc-portal").enabled()).isTrue();
	}

	private static VneidProperties properties(String issuer, String clientId) {
		return new VneidProperties(issuer, clientId, null, List.of("openid"), null, List.of("citizen"),
				"{baseUrl}/?loggedOut", Duration.ofSeconds(10));
	}

}

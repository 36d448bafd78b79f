package vn.dvc.portal.payment;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.dvc.portal.payment.simulator.SimulatedGateway;
import vn.dvc.portal.payment.vnpay.VnpayGateway;

/**
 * The gateway in use: VNPay with the configured terminal, or, when none is configured and the
 * profile is not {@code prod}, VNPay's protocol against the simulated test gateway started here. In
 * {@code prod} without a terminal there is no gateway, and the pages offer no online payment.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

	static final String IPN_PATH = "/payments/vnpay/ipn";

	static final String RETURN_PATH = "/payments/vnpay/return";

	@Bean
	@Conditional(RealGateway.class)
	PaymentGateway vnpayGateway(PaymentProperties properties, Clock clock) {
		PaymentProperties.Vnpay vnpay = properties.vnpay();
		log.info("Online payment through VNPay, terminal {}", vnpay.tmnCode());
		return new VnpayGateway(vnpay.tmnCode(), vnpay.hashSecret(), vnpay.payUrl(), vnpay.apiUrl(), vnpay.timeout(),
				clock);
	}

	@Bean(destroyMethod = "close")
	@Conditional(TestGateway.class)
	SimulatedGateway simulatedGateway(PaymentProperties properties, Clock clock) throws IOException {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return new SimulatedGateway(Base64.getEncoder().encodeToString(secret), properties.simulator().port(), clock);
	}

	@Bean
	@Conditional(TestGateway.class)
	PaymentGateway simulatedVnpayGateway(SimulatedGateway simulator, PaymentProperties properties, Clock clock) {
		return new VnpayGateway(SimulatedGateway.TMN_CODE, simulator.secret(), simulator.payUrl(), simulator.apiUrl(),
				properties.vnpay().timeout(), clock);
	}

	/** The simulator calls the IPN of this portal, on whatever port it was given. */
	@Bean
	@Conditional(TestGateway.class)
	ApplicationListener<WebServerInitializedEvent> simulatedGatewayIpn(SimulatedGateway simulator) {
		return event -> {
			if (event.getApplicationContext().getServerNamespace() == null) {
				simulator.ipnUrl(URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + IPN_PATH));
			}
		};
	}

	static final class RealGateway implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String tmnCode = context.getEnvironment().getProperty("dvc.payment.vnpay.tmn-code");
			return tmnCode != null && !tmnCode.isBlank();
		}

	}

	static final class TestGateway implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new RealGateway().matches(context, metadata)
					&& !context.getEnvironment().acceptsProfiles(Profiles.of("prod"));
		}

	}

}

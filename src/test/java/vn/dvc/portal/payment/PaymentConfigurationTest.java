package vn.dvc.portal.payment;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.dvc.portal.payment.simulator.SimulatedGateway;
import vn.dvc.portal.payment.vnpay.VnpayGateway;

import static org.assertj.core.api.Assertions.assertThat;

/** Which gateway runs: the simulated test gateway only without a terminal and never in {@code prod}. */
class PaymentConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PaymentConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void withoutATerminalTheDefaultRunStartsTheTestGateway() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(SimulatedGateway.class).hasSingleBean(PaymentGateway.class);
			assertThat(context.getBean(SimulatedGateway.class).base().getHost()).isEqualTo("127.0.0.1");
		});
	}

	@Test
	void prodNeverStartsTheTestGatewayAndWithoutATerminalOffersNoPayment() {
		this.runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SimulatedGateway.class).doesNotHaveBean(PaymentGateway.class);
		});
	}

	@Test
	void aTerminalCodeTurnsTheRealGatewayOn() {
		this.runner.withPropertyValues("spring.profiles.active=prod", "dvc.payment.vnpay.tmn-code=DVCHATINH",
				"dvc.payment.vnpay.hash-secret=not-a-real-secret", "dvc.payment.vnpay.pay-url=https://pay.example/paymentv2/vpcpay.html",
				"dvc.payment.vnpay.api-url=https://pay.example/merchant_webapi/api/transaction")
			.run(context -> {
				assertThat(context).doesNotHaveBean(SimulatedGateway.class);
				assertThat(context.getBean(PaymentGateway.class)).isInstanceOf(VnpayGateway.class);
			});
	}

}

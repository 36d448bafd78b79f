package vn.dvc.portal.payment;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of online payment ({@code dvc.payment.*}). Without a terminal code the default run starts
 * the simulated test gateway; {@code prod} refuses to start without a real one.
 *
 * @param returnUrl the portal's public return address given to the gateway; when empty it is made
 * from the request (right for the default run, set it behind a proxy)
 * @param attemptLifetime how long the gateway's page may be used ({@code vnp_ExpireDate})
 * @param orderLifetime how long an unpaid order stays payable before it expires
 * @param queryAfter an attempt still pending after this long is asked about by the query job
 * @param queryInterval how often the query job runs
 */
@ConfigurationProperties("dvc.payment")
public record PaymentProperties(@DefaultValue Vnpay vnpay, @DefaultValue Simulator simulator, URI returnUrl,
		@DefaultValue("15m") Duration attemptLifetime, @DefaultValue("7d") Duration orderLifetime,
		@DefaultValue("15m") Duration queryAfter, @DefaultValue("5m") Duration queryInterval) {

	/**
	 * The VNPay merchant terminal (version 2.1.0 of its payment API).
	 * @param tmnCode the terminal code (vnp_TmnCode) VNPay gives the merchant
	 * @param hashSecret the secret of the HMAC-SHA512 signatures (vnp_HashSecret)
	 * @param payUrl the payment page ({@code .../paymentv2/vpcpay.html})
	 * @param apiUrl the query and refund API ({@code .../merchant_webapi/api/transaction})
	 */
	public record Vnpay(String tmnCode, String hashSecret, URI payUrl, URI apiUrl,
			@DefaultValue("10s") Duration timeout) {

		public boolean configured() {
			return this.tmnCode != null && !this.tmnCode.isBlank();
		}

		@Override
		public String toString() {
			return "Vnpay[" + this.tmnCode + ", secret hidden]";
		}

	}

	/**
	 * The simulated test gateway of the default run and the tests.
	 * @param port its port on 127.0.0.1 (0 picks a free one)
	 */
	public record Simulator(@DefaultValue("0") int port) {
	}

}

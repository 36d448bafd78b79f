package vn.dvc.portal.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNetworksTest {

	@Test
	void anIpv4AddressCountsAsItself() {
		assertThat(ClientNetworks.of("203.113.1.7")).isEqualTo("203.113.1.7");
		assertThat(ClientNetworks.of(null)).isEmpty();
	}

	@Test
	void everyAddressOfAnIpv6SubscribersNetworkCountsAsOne() {
		String one = ClientNetworks.of("2001:db8:1234:5678::1");
		assertThat(ClientNetworks.of("2001:db8:1234:5678:abcd:ef01:2345:6789")).isEqualTo(one);
		assertThat(ClientNetworks.of("[2001:0db8:1234:5678:0:0:0:2]")).isEqualTo(one);
		assertThat(ClientNetworks.of("2001:db8:1234:5679::1")).isNotEqualTo(one);
		assertThat(one).isEqualTo("20010db812345678::/64");
	}

}

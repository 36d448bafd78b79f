package vn.dvc.portal.shared.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What a limit per client counts by: the IPv4 address, or the /64 network of an IPv6 address,
 * since one subscriber holds a whole /64 and can take a fresh address for every request.
 */
public final class ClientNetworks {

	/** Only what an IPv6 literal holds, so that parsing it can never turn into a name look-up. */
	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?]?");

	private ClientNetworks() {
	}

	public static String of(String address) {
		if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
			return (address == null) ? "" : address;
		}
		try {
			// A literal: no name is looked up.
			InetAddress parsed = InetAddress.getByName(address.replace("[", "").replace("]", ""));
			if (parsed instanceof Inet6Address) {
				return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}

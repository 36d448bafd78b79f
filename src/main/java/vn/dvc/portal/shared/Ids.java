package vn.dvc.portal.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): unguessable enough for URLs, and they keep B-tree
 * indexes compact because new keys land at the end.
 */
public final class Ids {

	private static final SecureRandom random = new SecureRandom();

	private Ids() {
	}

	public static UUID next() {
		long millis = System.currentTimeMillis();
		long randomA = random.nextInt(1 << 12);
		long msb = (millis << 16) | (0x7L << 12) | randomA;
		long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

}

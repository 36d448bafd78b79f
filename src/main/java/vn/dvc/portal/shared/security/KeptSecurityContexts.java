package vn.dvc.portal.shared.security;

import java.time.Duration;
import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads session attributes from their bytes as Spring Session does (Java serialisation), but keeps
 * the authentication of each security context read: a signed-in person's every request read the
 * same bytes and deserialised them again, a tenth of a signed-in page's time.
 *
 * <p>Kept by the bytes themselves, so a context that changes (another login, a renewed sign-in) is
 * other bytes, read anew. Each read gets a context of its own around the kept authentication: logging
 * out empties the request's context, which must not empty anyone else's. The authentication is
 * shared, as it is immutable once signed in (its credentials are erased at login).
 */
final class KeptSecurityContexts implements Converter<byte[], Object> {

	/**
	 * Bytes kept, counting each context's bytes twice (its key, and about as much for the
	 * authentication read from them): 16 MB is some 5,000 signed-in people (a citizen's context is
	 * 1,644 bytes), each kept until thirty minutes idle, as their session. A miss only costs a
	 * deserialisation.
	 */
	private static final long KEPT_BYTES = 16L * 1024 * 1024;

	private final DeserializingConverter deserializer;

	private final Cache<Bytes, Authentication> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((Bytes bytes, Authentication authentication) -> 2 * bytes.content.length)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private KeptSecurityContexts(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	/** Spring Session's conversions between attributes and bytes, with security contexts kept. */
	static GenericConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, new KeptSecurityContexts(classLoader));
		return conversions;
	}

	@Override
	public Object convert(byte[] source) {
		Bytes bytes = new Bytes(source);
		Authentication authentication = this.kept.getIfPresent(bytes);
		if (authentication != null) {
			return new SecurityContextImpl(authentication);
		}
		Object value = this.deserializer.convert(source);
		if (value != null && value.getClass() == SecurityContextImpl.class
				&& ((SecurityContext) value).getAuthentication() != null) {
			this.kept.put(bytes, ((SecurityContext) value).getAuthentication());
		}
		return value;
	}

	/** Bytes compared by their content. */
	private static final class Bytes {

		private final byte[] content;

		private final int hash;

		Bytes(byte[] content) {
			this.content = content;
			this.hash = Arrays.hashCode(content);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes bytes && this.hash == bytes.hash && Arrays.equals(this.content, bytes.content);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}

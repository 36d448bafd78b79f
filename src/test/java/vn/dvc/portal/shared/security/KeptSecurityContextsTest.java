package vn.dvc.portal.shared.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes read through the kept security contexts: the same bytes give the same
 * authentication in a context of each read's own, other bytes are read anew, and other attributes
 * are read as Spring Session reads them.
 */
class KeptSecurityContextsTest {

	private final GenericConversionService conversions = KeptSecurityContexts
		.conversionService(getClass().getClassLoader());

	@Test
	void theSameBytesGiveTheSameAuthenticationInAContextOfTheirOwn() {
		byte[] bytes = bytes(context("001234567890", "ROLE_CITIZEN"));
		SecurityContext first = (SecurityContext) read(bytes);
		SecurityContext second = (SecurityContext) read(bytes.clone());
		assertThat(first.getAuthentication().getName()).isEqualTo("001234567890");
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		// Logging out empties the request's own context only.
		first.setAuthentication(null);
		SecurityContext third = (SecurityContext) read(bytes);
		assertThat(third.getAuthentication()).isNotNull();
		assertThat(third.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
	}

	@Test
	void otherBytesAreReadAnew() {
		SecurityContext citizen = (SecurityContext) read(bytes(context("001234567890", "ROLE_CITIZEN")));
		SecurityContext officer = (SecurityContext) read(bytes(context("canbo01", "ROLE_OFFICER")));
		assertThat(officer.getAuthentication().getName()).isEqualTo("canbo01");
		assertThat(officer.getAuthentication()).isNotSameAs(citizen.getAuthentication());
		assertThat(read(bytes(context("001234567890", "ROLE_OFFICER"))))
			.extracting(value -> ((SecurityContext) value).getAuthentication().getAuthorities().toString())
			.isEqualTo("[ROLE_OFFICER]");
	}

	@Test
	void otherAttributesAndEmptyContextsAreReadAsTheyAre() {
		List<String> list = List.of("một", "hai");
		Object first = read(bytes(list));
		assertThat(first).isEqualTo(list);
		assertThat(read(bytes(list))).isEqualTo(list).isNotSameAs(first);
		byte[] empty = bytes(new SecurityContextImpl());
		SecurityContext once = (SecurityContext) read(empty);
		assertThat(once.getAuthentication()).isNull();
		assertThat(read(empty)).isNotSameAs(once);
	}

	private static SecurityContext context(String name, String role) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority(role))));
	}

	private byte[] bytes(Object value) {
		return this.conversions.convert(value, byte[].class);
	}

	private Object read(byte[] bytes) {
		return this.conversions.convert(bytes, Object.class);
	}

}

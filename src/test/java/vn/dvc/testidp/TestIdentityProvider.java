package vn.dvc.testidp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * A real OpenID Connect provider for tests and for trying the portal: Spring Authorization Server
 * in its own small Spring context on an embedded Tomcat, standing in for the national portal's
 * single sign-on. Its login page picks one of its test people; its tokens carry the claims a
 * national e-identity gives (personal data in the user info only, as the ID token travels through
 * the browser at logout). It can misbehave on purpose ({@link #misbehaveOnce}) so that tests see
 * the portal refuse a bad token.
 *
 * <p>It listens on 127.0.0.1 and accepts the portals {@link #allowPortal allowed} to it (any port
 * of 127.0.0.1 is allowed anyway, as OAuth allows for loopback addresses).
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String CLIENT_ID = "dvc-portal";

	/** The test client's secret; the real provider's is given to the portal by the operator. */
	public static final String CLIENT_SECRET = "test-provider-secret-never-used-in-production";

	/** The password behind the person picker: picking a person is signing in as them. */
	static final String PASSWORD = "test-person";

	private static TestIdentityProvider shared;

	private final Map<String, TestPerson> people = new ConcurrentHashMap<>();

	private final List<String> order = new ArrayList<>();

	private final Set<String> portals = ConcurrentHashMap.newKeySet();

	private final AtomicReference<Misbehaviour> next = new AtomicReference<>();

	private final ThreadLocal<Misbehaviour> current = new ThreadLocal<>();

	private final int requestedPort;

	private AnnotationConfigServletWebServerApplicationContext context;

	private TestIdentityProvider(int port) {
		this.requestedPort = port;
	}

	/** One provider for the whole test JVM, on a free port, stopped when the JVM ends. */
	public static synchronized TestIdentityProvider shared() {
		if (shared == null) {
			shared = start(0);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-identity-provider-stop"));
		}
		return shared;
	}

	/** Starts a provider on the port (0 for a free one). */
	public static TestIdentityProvider start(int port) {
		TestIdentityProvider provider = new TestIdentityProvider(port);
		AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
		context.setDisplayName("test-identity-provider");
		context.registerBean(TestIdentityProvider.class, () -> provider);
		context.register(ProviderConfiguration.class);
		context.refresh();
		provider.context = context;
		return provider;
	}

	/** Like {@code http://127.0.0.1:41234}, the issuer of its tokens. */
	public String issuer() {
		return "http://127.0.0.1:" + this.context.getWebServer().getPort();
	}

	int port() {
		return this.requestedPort;
	}

	/** Lets a portal at this address (like {@code http://localhost:8080}) sign in and log out here. */
	public TestIdentityProvider allowPortal(String baseUrl) {
		this.portals.add(baseUrl.replaceAll("/+$", ""));
		return this;
	}

	Set<String> portals() {
		return Set.copyOf(this.portals);
	}

	/** Adds a person, or replaces the person with the same subject (as a provider's data changes). */
	public TestPerson add(TestPerson person) {
		synchronized (this.order) {
			if (this.people.put(person.subject(), person) == null) {
				this.order.add(person.subject());
			}
		}
		return person;
	}

	TestPerson person(String subject) {
		return this.people.get(subject);
	}

	List<TestPerson> people() {
		synchronized (this.order) {
			return this.order.stream().map(this.people::get).filter(Objects::nonNull).toList();
		}
	}

	/** The next ID token this provider issues misbehaves so. */
	public void misbehaveOnce(Misbehaviour misbehaviour) {
		this.next.set(misbehaviour);
	}

	/** Forgets a misbehaviour no token has used yet. */
	public void behave() {
		this.next.set(null);
	}

	OidcUserInfo userInfo(String subject) {
		TestPerson person = this.people.get(subject);
		return new OidcUserInfo((person != null) ? person.userInfo() : Map.of("sub", subject));
	}

	/**
	 * Signs its tokens, and spoils the next ID token as asked: claims before signing, the signature
	 * after.
	 */
	OAuth2TokenGenerator<Jwt> tokenGenerator(JwtGenerator jwts) {
		jwts.setJwtCustomizer(this::customize);
		return context -> {
			if (!isIdToken(context)) {
				return jwts.generate(context);
			}
			Misbehaviour misbehaviour = this.next.getAndSet(null);
			this.current.set(misbehaviour);
			try {
				Jwt jwt = jwts.generate(context);
				return (jwt != null && misbehaviour == Misbehaviour.TAMPERED_SIGNATURE) ? tampered(jwt) : jwt;
			}
			finally {
				this.current.remove();
			}
		};
	}

	private void customize(JwtEncodingContext context) {
		if (!isIdToken(context)) {
			return;
		}
		TestPerson person = this.people.get(context.getPrincipal().getName());
		if (person != null) {
			if (person.accountType() != null) {
				context.getClaims().claim("account_type", person.accountType());
			}
			if (person.assuranceLevel() != null) {
				context.getClaims().claim("acr", person.assuranceLevel());
			}
		}
		Misbehaviour misbehaviour = this.current.get();
		if (misbehaviour == null) {
			return;
		}
		Instant now = Instant.now();
		switch (misbehaviour) {
			case WRONG_NONCE -> context.getClaims().claim(OidcParameterNames.NONCE, "a-nonce-the-portal-never-sent");
			case WRONG_AUDIENCE -> context.getClaims().audience(List.of("another-portal"));
			case EXPIRED -> context.getClaims()
				.issuedAt(now.minus(Duration.ofHours(2)))
				.expiresAt(now.minus(Duration.ofHours(1)));
			case WRONG_ISSUER -> context.getClaims().issuer("http://127.0.0.1:1");
			case TAMPERED_SIGNATURE -> {
			}
		}
	}

	private static boolean isIdToken(OAuth2TokenContext context) {
		return context.getTokenType() != null && OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
	}

	/** The same token with a few bits of its signature flipped. */
	private static Jwt tampered(Jwt jwt) {
		String[] parts = jwt.getTokenValue().split("\\.");
		byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
		signature[signature.length / 2] ^= 0x5A;
		String value = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		return Jwt.withTokenValue(value)
			.headers(headers -> headers.putAll(jwt.getHeaders()))
			.claims(claims -> claims.putAll(jwt.getClaims()))
			.build();
	}

	@Override
	public void close() {
		if (this.context != null && this.context.isActive()) {
			this.context.close();
		}
	}

}

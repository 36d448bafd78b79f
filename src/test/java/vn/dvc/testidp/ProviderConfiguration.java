package vn.dvc.testidp;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** The test provider's Spring context: Tomcat, Spring Security and Spring Authorization Server. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ProviderConfiguration {

	static final String CALLBACK = "/login/oauth2/code/vneid";

	static final String LOGGED_OUT = "/?loggedOut";

	@Bean
	TomcatServletWebServerFactory webServer(TestIdentityProvider provider) throws java.net.UnknownHostException {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(provider.port());
		factory.setAddress(java.net.InetAddress.getByName("127.0.0.1"));
		// Every endpoint is one of Spring Security's filters; Tomcat runs filters only for a request
		// that some servlet is mapped to.
		factory.setRegisterDefaultServlet(true);
		return factory;
	}

	@Bean
	DelegatingFilterProxyRegistrationBean securityFilter() {
		return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
	}

	@Bean
	JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	/** Checks the access tokens the portal brings to the user info endpoint. */
	@Bean
	JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	@Bean
	AuthorizationServerSettings settings() {
		// No issuer set: it is the address the provider is called at, http://127.0.0.1:port.
		return AuthorizationServerSettings.builder().build();
	}

	/** The portal, at whatever addresses it was allowed; 127.0.0.1 on any port as a loopback address. */
	@Bean
	RegisteredClientRepository clients(TestIdentityProvider provider) {
		return new RegisteredClientRepository() {

			@Override
			public void save(RegisteredClient registeredClient) {
				// The provider would store the secret hashed anew; the test client keeps its own.
			}

			@Override
			public RegisteredClient findById(String id) {
				return TestIdentityProvider.CLIENT_ID.equals(id) ? portal(provider) : null;
			}

			@Override
			public RegisteredClient findByClientId(String clientId) {
				return findById(clientId);
			}

		};
	}

	private static RegisteredClient portal(TestIdentityProvider provider) {
		return RegisteredClient.withId(TestIdentityProvider.CLIENT_ID)
			.clientId(TestIdentityProvider.CLIENT_ID)
			.clientSecret("{noop}" + TestIdentityProvider.CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://127.0.0.1" + CALLBACK)
			.redirectUris(uris -> provider.portals().forEach(portal -> uris.add(portal + CALLBACK)))
			.postLogoutRedirectUri("http://127.0.0.1" + LOGGED_OUT)
			.postLogoutRedirectUris(uris -> provider.portals().forEach(portal -> uris.add(portal + LOGGED_OUT)))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.scope(OidcScopes.PHONE)
			.scope(OidcScopes.ADDRESS)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.build();
	}

	@Bean
	UserDetailsService people(TestIdentityProvider provider) {
		return subject -> {
			if (provider.person(subject) == null) {
				throw new UsernameNotFoundException("No such test person");
			}
			return User.withUsername(subject).password("{noop}" + TestIdentityProvider.PASSWORD).roles("PERSON").build();
		};
	}

	@Bean
	SecurityFilterChain provider(HttpSecurity http, TestIdentityProvider provider, JWKSource<SecurityContext> keys) {
		http.oauth2AuthorizationServer(server -> server
				.tokenGenerator(provider.tokenGenerator(new JwtGenerator(new NimbusJwtEncoder(keys))))
				.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo
					.userInfoMapper(context -> provider.userInfo(context.getAuthorization().getPrincipalName())))))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/login").permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login"))
			.addFilterBefore(new PersonPicker(provider), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

}

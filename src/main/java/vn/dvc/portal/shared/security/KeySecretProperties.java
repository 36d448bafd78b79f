package vn.dvc.portal.shared.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret of the keyed hashes that stand in for ID numbers and addresses in limits and logs.
 *
 * @param keySecret the secret itself, at least 32 characters ({@code DVC_SECURITY_KEY_SECRET}); it
 * must be the same on every copy of the portal and must not be kept in the database
 * @param keyFile where the default run keeps a secret it generated on its first start
 * @param generateKey whether a missing secret may be generated into {@code keyFile}; production
 * turns this off so that a forgotten secret stops the start instead of splitting the nodes
 */
@ConfigurationProperties("dvc.security")
public record KeySecretProperties(String keySecret, @DefaultValue("./data/secret.key") Path keyFile,
		@DefaultValue("true") boolean generateKey) {
}

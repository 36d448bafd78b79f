package vn.dvc.portal.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the requests that can be abused: guessing passwords and activation codes, mass
 * registration, enumerating dossier codes.
 *
 * @param enabled whether requests are counted at all (automated test runs turn it off)
 */
@ConfigurationProperties("dvc.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled) {
}

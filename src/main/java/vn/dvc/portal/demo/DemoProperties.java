package vn.dvc.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo agencies, procedures and accounts at start-up (off in {@code prod})
 * @param password the password of every demo account
 */
@ConfigurationProperties("dvc.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("demo12345") String password) {
}

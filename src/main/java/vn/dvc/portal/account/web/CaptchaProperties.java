package vn.dvc.portal.account.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The image captcha on the registration form.
 *
 * @param enabled whether the form asks for it; turned off only for automated runs
 */
@ConfigurationProperties("dvc.captcha")
public record CaptchaProperties(@DefaultValue("true") boolean enabled) {
}

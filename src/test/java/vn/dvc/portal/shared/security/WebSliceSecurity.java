package vn.dvc.portal.shared.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The portal's real security for a {@code @WebMvcTest}: its filter chain (CSRF in a cookie of its
 * own, the access rules, the login outcomes) and the {@code viewer} the layout's menus read. Here
 * because those classes are the package's own; {@code support.PortalWebTest} imports it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, LoginOutcomes.class, Viewer.class })
public class WebSliceSecurity {

}

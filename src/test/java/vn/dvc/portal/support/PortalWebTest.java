package vn.dvc.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.dvc.portal.shared.db.ConnectionFailures;
import vn.dvc.portal.shared.security.WebSliceSecurity;
import vn.dvc.portal.shared.web.LayoutParts;
import vn.dvc.portal.shared.web.PartRenderer;

/**
 * The web layer of one controller, with MockMvc: the controller, the portal's controller advice,
 * MVC configuration, Thymeleaf templates and messages with the layout's kept parts, and its real
 * security configuration (CSRF and access rules are part of what is tested). No database: the controller's services are test
 * doubles that the test declares, only for what it does not check (a form's validation with the
 * service that would act on it recording the call).
 * <p>
 * The global advice counts database connection failures; with no database here, that counter is a
 * double that is never reached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ WebSliceSecurity.class, LayoutParts.class, PartRenderer.class })
@MockitoBean(types = ConnectionFailures.class)
@ActiveProfiles("test")
public @interface PortalWebTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}

package vn.dvc.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal with its rate limits and login throttle on, as in production (the test profile
 * turns them off). Tests that share this annotation share one application context; each uses its
 * own client addresses and accounts so that their counts do not meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "dvc.rate-limit.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface LimitedPortalTest {

}

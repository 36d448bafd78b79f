package vn.dvc.portal.account.web.vneid;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.dvc.portal.account.VneidProperties;

/**
 * True when an issuer and a client id are given ({@link VneidProperties#enabled()}): without them
 * the portal has no sign-in with the e-identity at all, not even a filter in its security chain.
 */
final class VneidConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = Binder.get(context.getEnvironment());
		String issuer = binder.bind("dvc.vneid.issuer-uri", String.class).orElse("");
		String clientId = binder.bind("dvc.vneid.client-id", String.class).orElse("");
		return !issuer.isBlank() && !clientId.isBlank();
	}

}

package vn.dvc.portal.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dvc.portal.shared.db.ConnectionFailures;
import vn.dvc.portal.shared.web.ErrorPageMessage;

/**
 * The session lives in PostgreSQL and is read before and written after everything else a request
 * does, outside the controllers and their error handling. When the database is away (a restart)
 * at one of those two moments, the person gets the "try again" page with status 503 instead of a
 * 500 and a stack trace in the log. The request's own work, if any, was done in its own
 * transaction before the session was written, so the page says only that the sign-in may need to
 * be repeated.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreFailures {

	private static final Logger log = LoggerFactory.getLogger(SessionStoreFailures.class);

	@Bean
	FilterRegistrationBean<SessionStoreFailureFilter> sessionStoreFailureFilter(ConnectionFailures connectionFailures) {
		FilterRegistrationBean<SessionStoreFailureFilter> registration = new FilterRegistrationBean<>(
				new SessionStoreFailureFilter(connectionFailures));
		// Just outside Spring Session's filter, which writes the session when the chain returns.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	static final class SessionStoreFailureFilter extends OncePerRequestFilter {

		private final ConnectionFailures connectionFailures;

		SessionStoreFailureFilter(ConnectionFailures connectionFailures) {
			this.connectionFailures = connectionFailures;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (RuntimeException | ServletException ex) {
				if (!ConnectionFailures.isConnectionFailure(ex)) {
					throw ex;
				}
				this.connectionFailures.dropPooledConnections();
				log.warn("Session not read or written, the database is unreachable: {}", ex.getClass().getSimpleName());
				if (response.isCommitted()) {
					// The page was already sent; the next request reads the session again.
					return;
				}
				response.resetBuffer();
				response.setHeader(HttpHeaders.RETRY_AFTER, "5");
				request.setAttribute(ErrorPageMessage.ATTRIBUTE, "error.503.session");
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

	}

}

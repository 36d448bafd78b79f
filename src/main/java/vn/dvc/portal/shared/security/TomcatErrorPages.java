package vn.dvc.portal.shared.security;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat answers some requests itself, before the portal sees them (a malformed address, an
 * unreadable header): its error page is replaced by a short page in Vietnamese that carries the
 * security headers of every other page and names no server version.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	TomcatErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		PortalErrorReportValve valve = new PortalErrorReportValve(page(400), page(404), page(405), page(500));
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				// The host adds its error valve on start unless one of this class is already there.
				host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
				addOnce(host, valve);
			}
		});
	}

	private static void addOnce(Host host, PortalErrorReportValve valve) {
		for (org.apache.catalina.Valve existing : host.getPipeline().getValves()) {
			if (existing instanceof PortalErrorReportValve) {
				return;
			}
		}
		host.getPipeline().addValve(valve);
	}

	private String page(int status) {
		String prefix = (status == 500) ? "error.500" : "error." + status;
		String title = this.messages.getMessage(prefix + ".title", null, VIETNAMESE);
		String text = this.messages.getMessage(prefix + ".text", null, VIETNAMESE);
		String home = this.messages.getMessage("error.home", null, VIETNAMESE);
		String appName = this.messages.getMessage("app.name", null, VIETNAMESE);
		return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title) + " – "
				+ escape(appName) + "</title></head><body><h1>" + escape(title) + "</h1><p>" + escape(text)
				+ "</p><p><a href=\"/\">" + escape(home) + "</a></p></body></html>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** Writes the portal's page for the errors Tomcat reports itself; never a stack trace. */
	public static class PortalErrorReportValve extends ErrorReportValve {

		private final String badRequest;

		private final String notFound;

		private final String methodNotAllowed;

		private final String serverError;

		/** Tomcat may create the valve by its class name; it then writes a fixed short page. */
		public PortalErrorReportValve() {
			this(fallback(), fallback(), fallback(), fallback());
		}

		PortalErrorReportValve(String badRequest, String notFound, String methodNotAllowed, String serverError) {
			this.badRequest = badRequest;
			this.notFound = notFound;
			this.methodNotAllowed = methodNotAllowed;
			this.serverError = serverError;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			SecurityHeaders.VALUES.forEach(response::setHeader);
			response.setHeader("Cache-Control", "no-store");
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body(status));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone or the response cannot take a body; the status says enough.
			}
		}

		private String body(int status) {
			if (status == 404) {
				return this.notFound;
			}
			if (status == 405) {
				return this.methodNotAllowed;
			}
			return (status >= 500) ? this.serverError : this.badRequest;
		}

		private static String fallback() {
			return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi</title></head>"
					+ "<body><h1>Yêu cầu không thực hiện được</h1><p><a href=\"/\">Về trang chủ</a></p></body></html>";
		}

	}

}

package vn.dvc.portal.shared.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container forwards here gets the portal's page for its status, in the person's
 * language, whatever the method or the Accept header: no JSON with the framework's words, no
 * white-label page. Someone who opens {@code /error} directly asked for a page that does not exist.
 */
@Controller
class PortalErrorController implements ErrorController {

	/** The statuses that have a page of their own in templates/error. */
	private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405, 409, 413, 429, 500, 503);

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String view = PAGES.contains(status.value()) ? "error/" + status.value()
				: status.is5xxServerError() ? "error/500" : "error/error";
		ModelAndView page = new ModelAndView(view, Map.of("status", status.value()), status);
		if (request.getAttribute(ErrorPageMessage.ATTRIBUTE) instanceof String messageKey) {
			page.addObject("messageKey", messageKey);
		}
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(value);
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}

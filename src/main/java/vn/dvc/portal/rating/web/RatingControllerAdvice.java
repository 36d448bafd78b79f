package vn.dvc.portal.rating.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.dvc.portal.rating.RatingRefusedException;

/**
 * A rating refused: a dossier that is not returned nor overdue is a 403 page saying so, a rating
 * past its change window a 409 page, anything else a 400 page.
 */
@ControllerAdvice(basePackages = "vn.dvc.portal.rating.web")
class RatingControllerAdvice {

	@ExceptionHandler(RatingRefusedException.class)
	ModelAndView refused(RatingRefusedException ex, Model model) {
		return switch (ex.reason()) {
			case NOT_OFFERED -> error("error/403", HttpStatus.FORBIDDEN, ex);
			case CLOSED -> error("error/409", HttpStatus.CONFLICT, ex);
			default -> error("error/400", HttpStatus.BAD_REQUEST, ex);
		};
	}

	private static ModelAndView error(String view, HttpStatus status, RatingRefusedException ex) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("messageKey", ex.reason().messageKey());
		return page;
	}

}

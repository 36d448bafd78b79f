package vn.dvc.portal.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.dvc.portal.shared.NotFoundException;

/**
 * Turns the failures a person can cause into pages that say what happened and what to do, never
 * a stack trace.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(Model model) {
		model.addAttribute("messageKey", "error.conflict.changed");
		return "error/409";
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String integrityViolation(DataIntegrityViolationException ex, Model model) {
		// The constraint name tells which rule was hit; the values (personal data) stay out of the log.
		log.warn("Integrity rule refused a change: {}", ex.getMostSpecificCause().getClass().getSimpleName());
		model.addAttribute("messageKey", "error.conflict.rule");
		return "error/409";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String uploadTooLarge() {
		return "error/413";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformedParameter() {
		return "error/400";
	}

	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String brokenUpload() {
		return "error/400";
	}

}

package vn.dvc.portal.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.dvc.portal.shared.NotFoundException;
import vn.dvc.portal.shared.db.ConnectionFailures;

/**
 * Turns the failures a person can cause into pages that say what happened and what to do, never
 * a stack trace.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	private final ConnectionFailures connectionFailures;

	GlobalControllerAdvice(ConnectionFailures connectionFailures) {
		this.connectionFailures = connectionFailures;
	}

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

	/**
	 * The database was away (a restart) or the pool had no connection for the request in time. The
	 * transaction was rolled back, so nothing is half-saved; a form posted again is safe (the same
	 * form never files twice).
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class, JpaSystemException.class })
	String databaseUnavailable(RuntimeException ex, Model model, HttpServletResponse response) {
		if (!ConnectionFailures.isConnectionFailure(ex)) {
			throw ex;
		}
		this.connectionFailures.dropPooledConnections();
		log.warn("Request not done, the database is unreachable: {}", ex.getClass().getSimpleName());
		return unavailable(response, model, "error.503.database");
	}

	/** Password hashing at its limit (a flood of logins), for a registration or a password change. */
	@ExceptionHandler(AuthenticationServiceException.class)
	String hashingBusy(Model model, HttpServletResponse response) {
		return unavailable(response, model, "error.503.busy");
	}

	private static String unavailable(HttpServletResponse response, Model model, String messageKey) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		model.addAttribute("messageKey", messageKey);
		return "error/503";
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
	String brokenUpload(MultipartException ex, Model model, HttpServletResponse response) {
		if (diskFull(ex)) {
			// The web server could not keep the upload's parts: the disk is full, not the request broken.
			log.error("Upload refused: the upload folder's disk is full");
			return unavailable(response, model, "error.503.storeFull");
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "error/400";
	}

	private static boolean diskFull(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("No space left on device")) {
				return true;
			}
		}
		return false;
	}

}

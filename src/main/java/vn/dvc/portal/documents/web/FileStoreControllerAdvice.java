package vn.dvc.portal.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.dvc.portal.documents.StoreUnavailableException;

/**
 * A file store that cannot write (a full disk) answers every form that carried files with a page
 * that says so: the change was not kept, nothing of it is half-written, try again later.
 */
@ControllerAdvice
class FileStoreControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(FileStoreControllerAdvice.class);

	@ExceptionHandler(StoreUnavailableException.class)
	String storeUnavailable(StoreUnavailableException ex, Model model, HttpServletResponse response) {
		log.error("The file store cannot write ({}); the request was not kept",
				ex.diskFull() ? "disk full" : ex.getCause().getClass().getSimpleName());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		model.addAttribute("messageKey", ex.diskFull() ? "error.503.storeFull" : "error.503.store");
		return "error/503";
	}

}

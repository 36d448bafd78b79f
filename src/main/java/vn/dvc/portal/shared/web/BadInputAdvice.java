package vn.dvc.portal.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Requests no form of the portal sends: a page number past any list, a search longer than any
 * procedure's name, a list index beyond what a form can hold. Each is the client's mistake, so it
 * gets a 400 page saying what was wrong, and nothing is logged beyond the framework's one line.
 */
@ControllerAdvice
class BadInputAdvice {

	private final MessageSource messages;

	BadInputAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/** A parameter outside its declared bounds ({@code @Max} on a page number, {@code @Size} on a search). */
	@ExceptionHandler(HandlerMethodValidationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String parameterOutOfBounds(HandlerMethodValidationException ex, Model model) {
		ex.getAllErrors()
			.stream()
			.findFirst()
			.ifPresent(error -> model.addAttribute("message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())));
		return "error/400";
	}

	/**
	 * An indexed field past Spring's auto-grow limit ({@code removeAttachments[300]}) or a path that
	 * is not a property of the form.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unknownField(Model model) {
		model.addAttribute("messageKey", "error.input.fields");
		return "error/400";
	}

}

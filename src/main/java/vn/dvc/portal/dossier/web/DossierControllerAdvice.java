package vn.dvc.portal.dossier.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.dvc.portal.dossier.IllegalDossierActionException;

/**
 * A dossier asked to do what its state forbids (edit after submission, a stale form) answers with
 * a page that says so, never an error.
 */
@ControllerAdvice(basePackages = "vn.dvc.portal.dossier.web")
class DossierControllerAdvice {

	@ExceptionHandler(IllegalDossierActionException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String illegalAction(Model model) {
		model.addAttribute("messageKey", "dossier.notEditable");
		return "error/409";
	}

}

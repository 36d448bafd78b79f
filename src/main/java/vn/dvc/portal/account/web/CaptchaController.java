package vn.dvc.portal.account.web;

import java.io.IOException;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CaptchaController {

	private final Captcha captcha;

	CaptchaController(Captcha captcha) {
		this.captcha = captcha;
	}

	@GetMapping("/captcha")
	void image(HttpSession session, HttpServletResponse response) throws IOException {
		response.setContentType("image/png");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		ImageIO.write(this.captcha.newChallenge(session), "png", response.getOutputStream());
	}

}

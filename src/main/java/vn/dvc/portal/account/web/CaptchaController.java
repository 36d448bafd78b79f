package vn.dvc.portal.account.web;

import java.io.IOException;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CaptchaController {

	private final Captcha captcha;

	CaptchaController(Captcha captcha) {
		this.captcha = captcha;
	}

	@GetMapping("/captcha")
	void image(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Captcha.Challenge challenge = this.captcha.newChallenge();
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(Captcha.COOKIE, challenge.cookie())
			.path("/register")
			.maxAge(Captcha.VALIDITY)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build()
			.toString());
		response.setContentType("image/png");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		ImageIO.write(challenge.image(), "png", response.getOutputStream());
	}

}

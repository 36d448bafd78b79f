package vn.dvc.testidp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The test provider's login page: pick a test person and sign in as them. Clearly not VNeID, so
 * that nobody types a real password here.
 */
final class PersonPicker extends OncePerRequestFilter {

	private final TestIdentityProvider provider;

	PersonPicker(TestIdentityProvider provider) {
		this.provider = provider;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) || !"/login".equals(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		StringBuilder options = new StringBuilder();
		for (TestPerson person : this.provider.people()) {
			options.append("<option value=\"").append(HtmlUtils.htmlEscape(person.subject())).append("\">")
				.append(HtmlUtils.htmlEscape(person.fullName() + " (" + person.idNumber() + ", " + person.accountType() + ")"))
				.append("</option>");
		}
		String error = (request.getParameter("error") != null) ? "<p role=\"alert\">Không có người dùng thử này.</p>" : "";
		String page = """
				<!DOCTYPE html>
				<html lang="vi"><head><meta charset="utf-8"><title>Định danh điện tử thử nghiệm</title></head>
				<body>
				<h1>Hệ thống định danh điện tử thử nghiệm</h1>
				<p>Không phải VNeID: chỉ để thử Cổng Dịch vụ công. Không nhập mật khẩu thật ở đây.</p>
				%s
				<form method="post" action="/login">
				<label for="username">Người dùng thử</label>
				<select id="username" name="username">%s</select>
				<input type="hidden" name="password" value="%s">
				<input type="hidden" name="%s" value="%s">
				<button type="submit">Đăng nhập</button>
				</form>
				</body></html>
				""".formatted(error, options, TestIdentityProvider.PASSWORD, csrf.getParameterName(), csrf.getToken());
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

}

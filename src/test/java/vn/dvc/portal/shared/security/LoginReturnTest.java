package vn.dvc.portal.shared.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.account.PortalUser;
import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.support.PortalServerTest;
import vn.dvc.portal.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who opens a page that needs a login is brought back to it after logging in; the page is
 * remembered in a cookie, so no session exists before the login.
 */
@PortalServerTest
class LoginReturnTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLoginLeadsBackToThePageAskedFor() {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Lê Thị Quay Lại", null);
		long sessions = this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
		Visitor visitor = new Visitor(this.port);

		HttpResponse<String> asked = visitor.get("/my/documents");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(visitor.cookie("SESSION")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessions);

		HttpResponse<String> loggedIn = visitor.logIn(citizen.getUsername(), "mot cau mat khau dai");
		assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).contains("/my/documents");
		assertThat(visitor.get("/my/documents").statusCode()).isEqualTo(200);
	}

}

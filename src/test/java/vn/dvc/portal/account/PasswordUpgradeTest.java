package vn.dvc.portal.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/** A password hashed with Spring Security's defaults (16 MiB per hash) is hashed again at login. */
@PortalTest
class PasswordUpgradeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLoginWithAnOldHashKeepsANewOneMadeWithTheCurrentParameters() throws Exception {
		PortalUser citizen = TestAccounts.activeCitizen(this.context, "Trần Văn Băm",
				"bam-" + UUID.randomUUID() + "@example.com");
		String old = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("mot cau mat khau dai");
		this.jdbc.update("update account set password_hash = ? where id = ?", old, citizen.accountId().value());

		this.mvc.perform(formLogin("/login").userParameter("login").user(citizen.getUsername())
			.password("mot cau mat khau dai")).andExpect(authenticated());

		String now = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				citizen.accountId().value());
		assertThat(now).isNotEqualTo(old).startsWith("{argon2}$argon2id$v=19$m=7168,t=5,p=1$");
		this.mvc.perform(formLogin("/login").userParameter("login").user(citizen.getUsername())
			.password("mot cau mat khau dai")).andExpect(authenticated());
	}

}

package vn.dvc.portal.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.dvc.portal.account.TestAccounts;
import vn.dvc.portal.shared.security.PersonalKeys;
import vn.dvc.portal.support.LimitedPortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The keys of rate_limit_bucket cannot be turned back into ID numbers or addresses: they are HMACs
 * with a secret that is not in the database, where a plain SHA-256 of a 12-digit number was found
 * again in under a second by trying its last six digits.
 */
@LimitedPortalTest
class RateLimitKeysTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalKeys keys;

	private static String sha256Prefix(String value) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 20);
	}

	@Test
	void bucketKeysAreKeyedHashesThatATableDumpCannotReverse() throws Exception {
		String idNumber = TestAccounts.newCccd();
		String address = "10.77.1." + (idNumber.hashCode() & 0x7f);
		this.mvc.perform(post("/activate/resend").param("login", idNumber).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		})).andExpect(status().is3xxRedirection());

		List<String> ids = this.jdbc.queryForList("select id from rate_limit_bucket", String.class);
		assertThat(ids).contains("resend-account:" + this.keys.of("rate-limit:resend-account", idNumber),
				"resend-client:" + this.keys.of("rate-limit:resend-client", address));

		// The attack that worked on the old keys: hash every candidate the way they were hashed.
		String plainId = sha256Prefix(idNumber);
		String plainAddress = sha256Prefix(address);
		assertThat(ids).noneMatch(id -> id.endsWith(plainId) || id.endsWith(plainAddress));
		assertThat(ids).noneMatch(id -> id.contains(idNumber) || id.contains(address));
	}

}

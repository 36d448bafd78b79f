package vn.dvc.testidp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Someone the test identity provider can sign in, with the claims a national e-identity gives.
 * A null value is a claim the provider does not give.
 *
 * @param subject the provider's stable id of the person, the {@code sub} of their tokens
 * @param accountType {@code citizen} or {@code organisation}
 * @param idNumber the personal identification number (12 digits)
 * @param birthdate as the provider writes it, {@code yyyy-MM-dd}
 */
public record TestPerson(String subject, String accountType, String idNumber, String fullName, String birthdate,
		String address, String phone, String email, String assuranceLevel) {

	/** The level the test provider states for a VNeID level 2 account. */
	public static final String LEVEL_2 = "vneid-level-2";

	/** A citizen with every claim given, under a fresh subject id. */
	public static TestPerson citizen(String idNumber, String fullName) {
		return new TestPerson(newSubject(), "citizen", idNumber, fullName, "1985-07-21",
				"Số 12 Nguyễn Du, phường Nam Hà, thành phố Hà Tĩnh", "0912000111", idNumber + "@example.com", LEVEL_2);
	}

	public static String newSubject() {
		return "vneid-" + UUID.randomUUID();
	}

	public TestPerson withIdNumber(String number) {
		return new TestPerson(this.subject, this.accountType, number, this.fullName, this.birthdate, this.address,
				this.phone, this.email, this.assuranceLevel);
	}

	public TestPerson withEmail(String mail) {
		return new TestPerson(this.subject, this.accountType, this.idNumber, this.fullName, this.birthdate, this.address,
				this.phone, mail, this.assuranceLevel);
	}

	public TestPerson withoutBirthdateAndAddress() {
		return new TestPerson(this.subject, this.accountType, this.idNumber, this.fullName, null, null, this.phone,
				this.email, this.assuranceLevel);
	}

	public TestPerson asOrganisation() {
		return new TestPerson(this.subject, "organisation", this.idNumber, this.fullName, this.birthdate, this.address,
				this.phone, this.email, this.assuranceLevel);
	}

	/** What the user info endpoint answers, with the portal's default claim names. */
	Map<String, Object> userInfo() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", this.subject);
		put(claims, "account_type", this.accountType);
		put(claims, "personal_id_number", this.idNumber);
		put(claims, "name", this.fullName);
		put(claims, "birthdate", this.birthdate);
		if (this.address != null) {
			claims.put("address", Map.of("formatted", this.address));
		}
		put(claims, "phone_number", this.phone);
		put(claims, "email", this.email);
		return claims;
	}

	private static void put(Map<String, Object> claims, String name, String value) {
		if (value != null) {
			claims.put(name, value);
		}
	}

}

package vn.dvc.portal.account.web.vneid;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.dvc.portal.account.IdentityClaims;
import vn.dvc.portal.account.PhoneNumber;
import vn.dvc.portal.account.VneidProperties;
import vn.dvc.portal.shared.security.LoginNames;

/**
 * Reads a person's identity from the checked ID token and the user info the server fetched
 * (the user info wins where both have a claim), by the claim names of the configuration. A value
 * that does not fit (too long, not a date, not a phone number) is left out rather than stored
 * cut; the person types what is missing once.
 */
final class VneidClaims {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("yyyyMMdd"));

	/** Control and invisible formatting characters never reach an account. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final VneidProperties properties;

	VneidClaims(VneidProperties properties) {
		this.properties = properties;
	}

	/** The person's claims; null subject when the configured subject claim is missing. */
	IdentityClaims of(OidcUser user, LocalDate today) {
		Map<String, Object> claims = user.getClaims();
		VneidProperties.Claims names = this.properties.claims();
		String accountType = text(claims, names.accountType(), 40);
		boolean citizen = accountType == null || this.properties.citizenAccountTypes()
			.stream()
			.anyMatch(type -> type.equalsIgnoreCase(accountType));
		String idNumber = text(claims, names.idNumber(), 64);
		return new IdentityClaims(user.getIdToken().getIssuer().toString(), text(claims, names.subject(), 255),
				accountType, citizen, (idNumber != null) ? LoginNames.compactIdNumber(idNumber) : null,
				text(claims, names.fullName(), 120), date(claims, names.dateOfBirth(), today),
				address(claims, names.address()),
				PhoneNumber.parse(text(claims, names.phone(), 20)).orElse(null), email(claims, names.email()),
				text(claims, names.assuranceLevel(), 100));
	}

	private static String text(Map<String, Object> claims, String name, int maxLength) {
		Object value = claims.get(name);
		if (value == null) {
			return null;
		}
		String text = INVISIBLE.matcher(value.toString()).replaceAll("").strip();
		return (text.isEmpty() || text.length() > maxLength) ? null : text;
	}

	private static LocalDate date(Map<String, Object> claims, String name, LocalDate today) {
		String text = text(claims, name, 20);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				LocalDate date = LocalDate.parse(text, format);
				return (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) ? null : date;
			}
			catch (DateTimeParseException ex) {
				// Try the next format.
			}
		}
		return null;
	}

	/** A text, or an OpenID Connect address object, whose {@code formatted} part is the address. */
	private static String address(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value instanceof Map<?, ?> structured) {
			Object formatted = structured.get("formatted");
			return (formatted != null) ? text(Map.of(name, formatted), name, 255) : null;
		}
		return text(claims, name, 255);
	}

	private static String email(Map<String, Object> claims, String name) {
		String text = text(claims, name, 255);
		return (text != null && text.matches("[^@\\s]+@[^@\\s]+")) ? text : null;
	}

}

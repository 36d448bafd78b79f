package vn.dvc.portal.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts for tests, created through the real registration and activated directly. */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** A fresh 12-digit citizen identity number that no other test uses. */
	public static String newCccd() {
		return String.format("0%011d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 99_999_999_999L));
	}

	public static PortalUser activeCitizen(ApplicationContext context, String fullName, String email) {
		String idNumber = newCccd();
		context.getBean(Registration.class)
			.register(new NewCitizen(fullName, LocalDate.of(1990, 5, 17), "Số 1 Trần Phú, thành phố Hà Tĩnh",
					IdDocumentType.CCCD, idNumber, "mot cau mat khau dai", email, new PhoneNumber("0912345678")));
		return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
			Account account = context.getBean(Accounts.class).findByLogin(idNumber).orElseThrow();
			account.activate(Instant.now());
			return PortalUser.of(account);
		});
	}

	public static PortalUser staff(ApplicationContext context, String login) {
		return context.getBean(Accounts.class).findByLogin(login).map(PortalUser::of).orElseThrow();
	}

}
